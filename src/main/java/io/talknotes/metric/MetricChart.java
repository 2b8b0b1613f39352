package io.talknotes.metric;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.talknotes.metric.shorthand.UnitKind;
import io.talknotes.system.Slugs;

/**
 * A bar chart comparing the figures in one unit, such as every "pods" figure, drawn as
 * SVG on a logarithmic scale so that 5,000 and 50 million fit side by side.
 * <p>
 * The SVG is built here rather than in a template so that every piece of text is escaped
 * in one place; it carries a title and a description naming every figure, and each bar is
 * labelled with who the figure is about and its short form.
 */
public final class MetricChart {

	/** A chart compares: one figure alone gets none. */
	private static final int MIN_FIGURES = 2;

	// Keeps a label with its context on one line of a phone-wide chart
	private static final int MAX_CONTEXT = 16;

	private final String id;

	private final String unit;

	private final String title;

	private final List<MetricView> figures;

	private MetricChart(String id, String unit, String title, List<MetricView> figures) {
		this.id = id;
		this.unit = unit;
		this.title = title;
		this.figures = figures.stream()
			.sorted(Comparator.comparing((MetricView view) -> view.figure().value()).reversed())
			.toList();
	}

	/**
	 * One chart per unit and period that has at least two figures, in the order the units
	 * first appear. Percentages are left out: they are shares of a whole and a
	 * logarithmic scale would mislead.
	 * @param figures the figures to compare
	 * @return the charts
	 */
	public static List<MetricChart> perUnit(List<MetricView> figures) {
		Map<String, List<MetricView>> byUnit = figures.stream()
			.filter((view) -> view.figure().unit().kind() != UnitKind.PERCENTAGE)
			.collect(Collectors.groupingBy(MetricView::unitWithPeriod, LinkedHashMap::new, Collectors.toList()));
		return byUnit.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() >= MIN_FIGURES)
			.map((entry) -> of(entry.getKey(), entry.getValue()))
			.toList();
	}

	static MetricChart of(String unitWithPeriod, List<MetricView> figures) {
		String slug = Slugs.of(unitWithPeriod);
		String id = "chart-" + (slug.isEmpty() ? Integer.toHexString(unitWithPeriod.hashCode()) : slug);
		String title = unitWithPeriod.substring(0, 1).toUpperCase(Locale.ROOT) + unitWithPeriod.substring(1);
		return new MetricChart(id, figures.get(0).unit(), title, figures);
	}

	/** The id of the chart's element, unique per unit and period. */
	public String id() {
		return this.id;
	}

	/** The unit compared, by its canonical name, for filtering the table. */
	public String unit() {
		return this.unit;
	}

	/** What is compared, e.g. "Nodes per cluster". */
	public String title() {
		return this.title;
	}

	/** The figures, largest first. */
	public List<MetricView> figures() {
		return this.figures;
	}

	/**
	 * The chart as an SVG element, escaped and ready to be placed in a page as it is.
	 */
	public String svg() {
		return new ChartDrawing(this.id, this.title, this.figures, labels(), scale()).draw();
	}

	/** How many powers of ten the axis spans from 1: at least one. */
	int decades() {
		double largest = log10(this.figures.get(0).figure().value());
		return Math.max(1, (int) Math.ceil(largest - 1e-9));
	}

	/**
	 * Where a value ends on the axis, from 0 (for 1 and below) to 1 (the top of the
	 * axis).
	 */
	double position(BigDecimal value) {
		return Math.max(0, log10(value)) / decades();
	}

	private ChartDrawing.Scale scale() {
		return new ChartDrawing.Scale(decades(), this::position);
	}

	/**
	 * Who each figure is about; when two bars would read the same, their context tells
	 * them apart.
	 */
	private List<String> labels() {
		Map<String, Long> counts = this.figures.stream()
			.collect(Collectors.groupingBy(MetricChart::who, Collectors.counting()));
		return this.figures.stream().map((view) -> {
			String who = who(view);
			boolean ambiguous = counts.get(who) > 1 && view.subject() != null && !view.subject().equals(who);
			return (ambiguous ? who + " (" + shorten(view.subject()) + ")" : who) + " — " + view.shortForm();
		}).toList();
	}

	private static String who(MetricView view) {
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
