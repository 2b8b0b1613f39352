package io.talknotes.figure;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.talknotes.figure.shorthand.Measure;
import io.talknotes.figure.shorthand.Period;
import io.talknotes.figure.shorthand.UnitKind;
import io.talknotes.system.Slugs;

/**
 * A bar chart comparing figures that measure the same thing, such as every "pods" figure,
 * or every data volume per time whether quoted in TB per day or PB per month, drawn as
 * SVG, largest first, on a linear scale unless the figures lie two orders of magnitude
 * apart or more ({@link ChartScale}).
 * <p>
 * Figures are compared in their base unit ({@link Measure}), shown per the period most of
 * them were quoted in; each bar is labelled with who the figure is about, and ends with
 * the figure in its own unit, as it was quoted. The SVG is built here rather than in a
 * template so that every piece of text is escaped in one place; it carries a title and a
 * description naming every figure.
 */
public final class FigureChart {

	/** A chart compares: one figure alone gets none. */
	private static final int MIN_FIGURES = 2;

	private final String id;

	private final String unit;

	private final String title;

	private final Period display;

	private final UnitKind kind;

	private final List<FigureView> figures;

	private final ChartScale scale;

	private FigureChart(String id, String unit, String title, Period display, List<FigureView> figures) {
		this.id = id;
		this.unit = unit;
		this.title = title;
		this.display = display;
		this.kind = figures.get(0).figure().unit().isKnown() ? figures.get(0).figure().unit().kind() : null;
		this.figures = figures.stream()
			.sorted(Comparator.comparing(this::amount).reversed().thenComparing(FigureChart::who))
			.toList();
		this.scale = ChartScale.of(this.figures.stream().map(this::amount).toList(), this.kind);
	}

	/**
	 * One chart per kind of measure that has at least two figures, in the order the
	 * measures first appear: figures whose units convert into each other share a chart.
	 * Percentages are left out: they are shares of a whole, not amounts to set side by
	 * side.
	 * @param figures the figures to compare
	 * @return the charts
	 */
	public static List<FigureChart> perUnit(List<FigureView> figures) {
		Map<String, List<FigureView>> byMeasure = figures.stream()
			.filter((view) -> view.figure().unit().kind() != UnitKind.PERCENTAGE)
			.collect(Collectors.groupingBy((view) -> view.figure().measure().key(), LinkedHashMap::new,
					Collectors.toList()));
		return byMeasure.values()
			.stream()
			.filter((group) -> group.size() >= MIN_FIGURES)
			.map((group) -> of(ChartPeriod.compared(group), group))
			.toList();
	}

	/**
	 * A chart of figures that compare.
	 * @param compared what is compared, e.g. "nodes per cluster" or "bytes per day"
	 * @param figures the figures, all with the same {@link Measure#key()}
	 */
	static FigureChart of(String compared, List<FigureView> figures) {
		String slug = Slugs.of(compared);
		String id = "chart-" + (slug.isEmpty() ? Integer.toHexString(compared.hashCode()) : slug);
		String title = compared.substring(0, 1).toUpperCase(Locale.ROOT) + compared.substring(1);
		return new FigureChart(id, figures.get(0).unit(), title, ChartPeriod.of(figures), figures);
	}

	/** The id of the chart's element, unique per measure. */
	public String id() {
		return this.id;
	}

	/** The unit of the largest figure, by its canonical name, for filtering the table. */
	public String unit() {
		return this.unit;
	}

	/** What is compared, e.g. "Nodes per cluster" or "Bytes per day". */
	public String title() {
		return this.title;
	}

	/** The figures, largest first. */
	public List<FigureView> figures() {
		return this.figures;
	}

	/**
	 * The chart as an SVG element, escaped and ready to be placed in a page as it is.
	 * @param words its title and description for screen readers, in the reader's language
	 */
	public String svg(ChartWords words) {
		return new ChartDrawing(this.id, this.title, bars(), this.scale, words).draw();
	}

	/** A figure's amount in the base unit, per the period the chart shows. */
	BigDecimal amount(FigureView view) {
		return view.figure().measure().amountPer(this.display);
	}

	/** Whether the figures are too far apart for a linear scale. */
	public boolean logarithmic() {
		return this.scale.logarithmic();
	}

	/** Where a figure's bar ends on the axis, from 0 to 1. */
	double position(FigureView view) {
		return this.scale.position(amount(view));
	}

	/**
	 * Each figure's bar: who it is about (when two bars would read the same, with the
	 * context that tells them apart) and the figure as quoted, at the bar's end.
	 */
	private List<ChartDrawing.Bar> bars() {
		Map<String, Long> counts = this.figures.stream()
			.collect(Collectors.groupingBy(FigureChart::who, Collectors.counting()));
		return this.figures.stream().map((view) -> {
			String who = who(view);
			boolean ambiguous = counts.get(who) > 1 && view.subject() != null && !view.subject().equals(who);
			return new ChartDrawing.Bar(ambiguous ? who + " (" + view.subject() + ")" : who, view.shortForm(),
					position(view));
		}).toList();
	}

	private static String who(FigureView view) {
		if (view.who() != null) {
			return view.who().name();
		}
		return (view.subject() != null) ? view.subject() : view.talk().name();
	}

}
