package io.talknotes.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the SVG of a {@link FigureChart}: one row per figure with its label above a
 * horizontal bar that ends with the figure as quoted, gridlines and the axis' labels.
 * <p>
 * Horizontal positions are percentages of the chart's width, so the chart fills any
 * column without scaling its text down on a phone. SVG text does not wrap by itself: a
 * long label is broken between words onto as many lines as it needs, never cut. Colours
 * are presentation attributes that the stylesheet may override; there are no
 * {@code style} attributes, which the Content-Security-Policy would block.
 */
final class ChartDrawing {

	/** Characters on a label's line: what fits a phone-wide chart at 13 px. */
	static final int LINE_LENGTH = 38;

	private static final int TOP = 4;

	private static final int LINE = 16;

	private static final int LABEL_BASELINE = 13;

	private static final int BAR_GAP = 5;

	private static final int BAR_HEIGHT = 18;

	private static final int ROW_GAP = 12;

	private static final int AXIS = 26;

	/**
	 * The narrowest chart, on a phone, in pixels: where a value goes is chosen so that it
	 * fits there, and so on any wider screen.
	 */
	private static final double NARROWEST = 320;

	/** About how wide a character of a value is, in pixels, bold at 12 px. */
	private static final double VALUE_CHARACTER = 7.4;

	private final String id;

	private final String title;

	private final List<Bar> bars;

	private final ChartScale scale;

	private final ChartWords words;

	ChartDrawing(String id, String title, List<Bar> bars, ChartScale scale, ChartWords words) {
		this.id = id;
		this.title = title;
		this.bars = bars;
		this.scale = scale;
		this.words = words;
	}

	String draw() {
		StringBuilder rows = new StringBuilder(2048);
		int y = TOP;
		for (Bar bar : this.bars) {
			y = bar(rows, y, bar);
		}
		int plotHeight = y - TOP - ROW_GAP;
		StringBuilder svg = new StringBuilder(rows.length() + 1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" width=\"100%\" height=\"")
			.append(TOP + plotHeight + AXIS)
			.append("\" role=\"img\" aria-labelledby=\"")
			.append(this.id)
			.append("-title ")
			.append(this.id)
			.append("-desc\">");
		element(svg, "title", "id=\"" + this.id + "-title\"", this.words.title(this.title, this.scale.logarithmic()));
		element(svg, "desc", "id=\"" + this.id + "-desc\"", description());
		grid(svg, plotHeight);
		return svg.append(rows).append("</svg>").toString();
	}

	private String description() {
		List<String> bars = this.bars.stream().map((bar) -> bar.label() + " — " + bar.value()).toList();
		return this.words.description(this.scale.logarithmic(), this.scale.from(), this.scale.to(),
				String.join("; ", bars));
	}

	private void grid(StringBuilder svg, int plotHeight) {
		svg.append("<g class=\"axis\" aria-hidden=\"true\">");
		List<ChartScale.Tick> ticks = this.scale.ticks();
		for (int k = 0; k < ticks.size(); k++) {
			ChartScale.Tick tick = ticks.get(k);
			String x = percent(tick.at());
			svg.append("<line class=\"gridline\" x1=\"")
				.append(x)
				.append("\" x2=\"")
				.append(x)
				.append("\" y1=\"")
				.append(TOP)
				.append("\" y2=\"")
				.append(TOP + plotHeight)
				.append("\" stroke=\"#dde2ea\" stroke-width=\"1\"/>");
			if (tick.label() != null) {
				String anchor = (k == 0) ? "start" : (k == ticks.size() - 1) ? "end" : "middle";
				element(svg, "text", "class=\"tick\" x=\"" + x + "\" y=\"" + (TOP + plotHeight + 18)
						+ "\" text-anchor=\"" + anchor + "\" font-size=\"11\" fill=\"#5b6475\"", tick.label());
			}
		}
		svg.append("</g>");
	}

	/** Draws a bar's row from {@code top}; returns where the next row starts. */
	private int bar(StringBuilder svg, int top, Bar bar) {
		List<String> lines = wrap(bar.label(), LINE_LENGTH);
		Placement placement = Placement.of(bar);
		int labelLines = lines.size() + ((placement == Placement.BELOW_LABEL) ? 1 : 0);
		int barTop = top + labelLines * LINE + BAR_GAP;
		svg.append("<g class=\"bar-row\"><text class=\"bar-label\" x=\"0\" y=\"")
			.append(top + LABEL_BASELINE)
			.append("\" font-size=\"13\" fill=\"#1d2433\">");
		for (int i = 0; i < lines.size(); i++) {
			// The space between lines keeps the label's words apart for whoever copies it
			svg.append((i == 0) ? "" : " ")
				.append("<tspan x=\"0\"")
				.append((i == 0) ? "" : " dy=\"" + LINE + "\"")
				.append('>');
			svg.append(Xml.escape(lines.get(i))).append("</tspan>");
		}
		svg.append("</text>");
		String end = percent(bar.position());
		svg.append("<rect class=\"bar\" x=\"0\" y=\"")
			.append(barTop)
			.append("\" width=\"")
			.append(end)
			.append("\" height=\"")
			.append(BAR_HEIGHT)
			.append("\" rx=\"2\" fill=\"#2350a8\"/>");
		value(svg, bar, placement, end,
				(placement == Placement.BELOW_LABEL) ? top + LABEL_BASELINE + lines.size() * LINE : barTop + 13);
		svg.append("</g>");
		return barTop + BAR_HEIGHT + ROW_GAP;
	}

	private static void value(StringBuilder svg, Bar bar, Placement placement, String end, int baseline) {
		boolean inside = placement == Placement.INSIDE;
		String x = (placement == Placement.BELOW_LABEL) ? "0" : end;
		String dx = (placement == Placement.BELOW_LABEL) ? "0" : inside ? "-5" : "5";
		element(svg, "text",
				"class=\"bar-value" + (inside ? " inside" : "") + "\" x=\"" + x + "\" dx=\"" + dx + "\" y=\"" + baseline
						+ "\" text-anchor=\"" + (inside ? "end" : "start")
						+ "\" font-size=\"12\" font-weight=\"600\" fill=\"" + (inside ? "#ffffff" : "#1d2433") + "\"",
				bar.value());
	}

	/**
	 * Breaks a label between words into lines of at most {@code length} characters; a
	 * word longer than that is broken inside. Nothing is left out.
	 */
	static List<String> wrap(String label, int length) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : label.strip().split("\\s+")) {
			while (word.length() > length) {
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				lines.add(word.substring(0, length));
				word = word.substring(length);
			}
			if (!line.isEmpty() && line.length() + 1 + word.length() > length) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.isEmpty() ? "" : " ").append(word);
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static void element(StringBuilder svg, String name, String attributes, String text) {
		svg.append('<')
			.append(name)
			.append(' ')
			.append(attributes)
			.append('>')
			.append(Xml.escape(text))
			.append("</")
			.append(name)
			.append('>');
	}

	private static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
	}

	/**
	 * One figure's bar.
	 *
	 * @param label who the figure is about
	 * @param value the figure as quoted, written at the bar's end
	 * @param position where the bar ends, from 0 to 1
	 */
	record Bar(String label, String value, double position) {

	}

	/**
	 * Where a bar's value is written: inside the bar's end when it fits there, else just
	 * after it, else (a short bar with a long value on a narrow chart) on a line of its
	 * own under the label, so that it is never cut.
	 */
	enum Placement {

		INSIDE, AFTER, BELOW_LABEL;

		static Placement of(Bar bar) {
			double needed = bar.value().length() * VALUE_CHARACTER + 10;
			if (bar.position() * NARROWEST >= needed) {
				return INSIDE;
			}
			return ((1 - bar.position()) * NARROWEST >= needed) ? AFTER : BELOW_LABEL;
		}

	}

}
