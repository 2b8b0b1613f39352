package io.talknotes.figure;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * Writes the SVG of a {@link FigureChart}: one row per figure with its label above a
 * horizontal bar, decade gridlines and an axis from 1 to the top decade.
 * <p>
 * Horizontal positions are percentages of the chart's width, so the chart fills any
 * column without scaling its text down on a phone. Colours are presentation attributes
 * that the stylesheet may override; there are no {@code style} attributes, which the
 * Content-Security-Policy would block.
 */
final class ChartDrawing {

	private static final int TOP = 4;

	private static final int ROW = 42;

	private static final int LABEL_BASELINE = 15;

	private static final int BAR_OFFSET = 21;

	private static final int BAR_HEIGHT = 14;

	private static final int AXIS = 26;

	private static final int MAX_TICK_LABELS = 6;

	private final String id;

	private final String title;

	private final List<FigureView> figures;

	private final List<String> labels;

	private final Scale scale;

	private final ChartWords words;

	ChartDrawing(String id, String title, List<FigureView> figures, List<String> labels, Scale scale,
			ChartWords words) {
		this.id = id;
		this.title = title;
		this.figures = figures;
		this.labels = labels;
		this.scale = scale;
		this.words = words;
	}

	String draw() {
		int plotHeight = this.figures.size() * ROW;
		StringBuilder svg = new StringBuilder(2048);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" width=\"100%\" height=\"")
			.append(TOP + plotHeight + AXIS)
			.append("\" role=\"img\" aria-labelledby=\"")
			.append(this.id)
			.append("-title ")
			.append(this.id)
			.append("-desc\">");
		element(svg, "title", "id=\"" + this.id + "-title\"", this.words.title(this.title));
		element(svg, "desc", "id=\"" + this.id + "-desc\"", description());
		grid(svg, plotHeight);
		for (int i = 0; i < this.figures.size(); i++) {
			bar(svg, TOP + i * ROW, this.labels.get(i), this.figures.get(i));
		}
		return svg.append("</svg>").toString();
	}

	private String description() {
		return this.words.description(this.scale.tick().apply(0), this.scale.tick().apply(this.scale.decades()),
				String.join("; ", this.labels));
	}

	private void grid(StringBuilder svg, int plotHeight) {
		int decades = this.scale.decades();
		int step = (decades + MAX_TICK_LABELS - 1) / MAX_TICK_LABELS;
		svg.append("<g class=\"axis\" aria-hidden=\"true\">");
		for (int k = 0; k <= decades; k++) {
			String x = percent((double) k / decades);
			svg.append("<line class=\"gridline\" x1=\"")
				.append(x)
				.append("\" x2=\"")
				.append(x)
				.append("\" y1=\"")
				.append(TOP)
				.append("\" y2=\"")
				.append(TOP + plotHeight)
				.append("\" stroke=\"#dde2ea\" stroke-width=\"1\"/>");
			boolean crowded = k < decades && decades - k < step;
			if (k % step == 0 && !crowded || k == decades) {
				String anchor = (k == 0) ? "start" : (k == decades) ? "end" : "middle";
				element(svg, "text", "class=\"tick\" x=\"" + x + "\" y=\"" + (TOP + plotHeight + 18)
						+ "\" text-anchor=\"" + anchor + "\" font-size=\"11\" fill=\"#5b6475\"",
						this.scale.tick().apply(k));
			}
		}
		svg.append("</g>");
	}

	private void bar(StringBuilder svg, int top, String label, FigureView figure) {
		svg.append("<g class=\"bar-row\">");
		element(svg, "text",
				"class=\"bar-label\" x=\"0\" y=\"" + (top + LABEL_BASELINE) + "\" font-size=\"13\" fill=\"#1d2433\"",
				label);
		svg.append("<rect class=\"bar\" x=\"0\" y=\"")
			.append(top + BAR_OFFSET)
			.append("\" width=\"")
			.append(percent(this.scale.position().applyAsDouble(figure)))
			.append("\" height=\"")
			.append(BAR_HEIGHT)
			.append("\" rx=\"2\" fill=\"#2350a8\"/>");
		svg.append("</g>");
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
	 * Where figures fall on the axis.
	 *
	 * @param decades how many powers of ten the axis spans
	 * @param position where a figure's bar ends, from 0 to 1
	 * @param tick the label of the gridline that many powers of ten from the axis' start
	 */
	record Scale(int decades, ToDoubleFunction<FigureView> position, IntFunction<String> tick) {

	}

}
