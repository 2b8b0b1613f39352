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
 * SVG on a logarithmic scale so that 5,000 and 50 million fit side by side.
 * <p>
 * Figures are compared in their base unit ({@link Measure}), shown per the period most of
 * them were quoted in; each bar is labelled with who the figure is about and the figure
 * in its own unit, as it was quoted. The SVG is built here rather than in a template so
 * that every piece of text is escaped in one place; it carries a title and a description
 * naming every figure.
 */
public final class FigureChart {

	/** A chart compares: one figure alone gets none. */
	private static final int MIN_FIGURES = 2;

	// Keeps a label with its context on one line of a phone-wide chart
	private static final int MAX_CONTEXT = 16;

	private final String id;

	private final String unit;

	private final String title;

	private final Period display;

	private final UnitKind kind;

	private final List<FigureView> figures;

	private FigureChart(String id, String unit, String title, Period display, List<FigureView> figures) {
		this.id = id;
		this.unit = unit;
		this.title = title;
		this.display = display;
		this.kind = figures.get(0).figure().unit().isKnown() ? figures.get(0).figure().unit().kind() : null;
		this.figures = figures.stream().sorted(Comparator.comparing(this::amount).reversed()).toList();
	}

	/**
	 * One chart per kind of measure that has at least two figures, in the order the
	 * measures first appear: figures whose units convert into each other share a chart.
	 * Percentages are left out: they are shares of a whole and a logarithmic scale would
	 * mislead.
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
		return new ChartDrawing(this.id, this.title, this.figures, labels(), scale(), words).draw();
	}

	/** A figure's amount in the base unit, per the period the chart shows. */
	BigDecimal amount(FigureView view) {
		return view.figure().measure().amountPer(this.display);
	}

	/** The power of ten the axis starts at: 1 (10^0), or lower for smaller amounts. */
	int lowest() {
		double smallest = this.figures.stream()
			.map(this::amount)
			.filter((amount) -> amount.signum() > 0)
			.mapToDouble(FigureChart::log10)
			.min()
			.orElse(0);
		return Math.min(0, (int) Math.floor(smallest + 1e-9));
	}

	/** How many powers of ten the axis spans from its start: at least one. */
	int decades() {
		double largest = log10(amount(this.figures.get(0)));
		return Math.max(1, (int) Math.ceil(largest - 1e-9) - lowest());
	}

	/**
	 * Where a value ends on the axis, from 0 (its start and below) to 1 (its top).
	 */
	double position(BigDecimal value) {
		double from = lowest();
		return (value.signum() > 0) ? Math.max(0, log10(value) - from) / decades() : 0;
	}

	private ChartDrawing.Scale scale() {
		int lowest = lowest();
		return new ChartDrawing.Scale(decades(), (view) -> position(amount(view)),
				(k) -> ChartAxis.tick(this.kind, lowest + k));
	}

	/**
	 * Who each figure is about; when two bars would read the same, their context tells
	 * them apart.
	 */
	private List<String> labels() {
		Map<String, Long> counts = this.figures.stream()
			.collect(Collectors.groupingBy(FigureChart::who, Collectors.counting()));
		return this.figures.stream().map((view) -> {
			String who = who(view);
			boolean ambiguous = counts.get(who) > 1 && view.subject() != null && !view.subject().equals(who);
			return (ambiguous ? who + " (" + shorten(view.subject()) + ")" : who) + " — " + view.shortForm();
		}).toList();
	}

	private static String who(FigureView view) {
		if (view.who() != null) {
			return view.who().name();
		}
		return (view.subject() != null) ? view.subject() : view.talk().name();
	}

	private static String shorten(String text) {
		return (text.length() <= MAX_CONTEXT) ? text : text.substring(0, MAX_CONTEXT - 1).strip() + "…";
	}

	private static double log10(BigDecimal value) {
		return (value.signum() > 0) ? Math.log10(value.doubleValue()) : 0;
	}

}
