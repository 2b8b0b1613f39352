package io.talknotes.figure;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.talknotes.figure.shorthand.Measure;
import io.talknotes.figure.shorthand.ParsedFigure;
import io.talknotes.figure.shorthand.Period;

/**
 * The period a chart shows figures per: figures per time are compared per second, but
 * shown per the span most of them were quoted in, so that a chart of volumes quoted per
 * day reads "Bytes per day".
 */
final class ChartPeriod {

	private ChartPeriod() {
	}

	/**
	 * What figures that compare are compared as: the base unit, per the period most of
	 * them were quoted in.
	 */
	static String compared(List<FigureView> figures) {
		Measure measure = figures.get(0).figure().measure();
		return switch (measure.per()) {
			case PER_SECOND -> measure.unit() + " " + of(figures).longForm();
			case PER_CLUSTER -> measure.unit() + " " + Period.PER_CLUSTER.longForm();
			default -> measure.unit();
		};
	}

	/**
	 * The span of time most figures were quoted per, the first one's on a tie; a rate
	 * such as QPS or Gbps counts as per second.
	 */
	static Period of(List<FigureView> figures) {
		Map<Period, Long> quoted = figures.stream()
			.map(ChartPeriod::quotedPer)
			.filter(Period::isTime)
			.collect(Collectors.groupingBy((period) -> period, LinkedHashMap::new, Collectors.counting()));
		return quoted.entrySet()
			.stream()
			.max(Comparator.comparingLong(Map.Entry::getValue))
			.map(Map.Entry::getKey)
			.orElse(Period.NONE);
	}

	private static Period quotedPer(FigureView view) {
		ParsedFigure figure = view.figure();
		return (figure.unit().kind().isPerSecond() && !figure.period().isTime()) ? Period.PER_SECOND : figure.period();
	}

}
