package io.talknotes.metric.shorthand;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a {@link ParsedMetric} back as text, in forms that {@link MetricParser} reads
 * back to the same value, unit, qualifier and period.
 */
final class MetricFormatter {

	// Below this, "2300" reads better than "2.3k" and is what people write
	private static final BigDecimal ABBREVIATE_FROM = BigDecimal.valueOf(10_000);

	private static final int MAX_ABBREVIATED_DECIMALS = 3;

	private static final List<Magnitude> LARGEST_FIRST = List.of(Magnitude.TRILLION, Magnitude.BILLION,
			Magnitude.MILLION, Magnitude.THOUSAND);

	private static final Pattern NINES = Pattern.compile("99\\.9+");

	private MetricFormatter() {
	}

	static String shortForm(ParsedMetric metric) {
		Qualifier qualifier = metric.qualifier();
		boolean percentage = metric.unit().kind() == UnitKind.PERCENTAGE;
		String number = percentage ? metric.value().toPlainString() : compact(metric.value());
		if (isAttached(metric, number)) {
			// "10x faster", as multipliers are written
			return percentile(metric) + qualifier.shortPrefix() + number + metric.unit().shortForm() + words(metric, "")
					+ metric.period().shortForm();
		}
		return percentile(metric) + qualifier.shortPrefix() + number + percentSign(metric) + qualifier.shortSuffix()
				+ words(metric, shortUnitName(metric)) + metric.period().shortForm();
	}

	static String fullForm(ParsedMetric metric) {
		Period period = metric.period();
		return percentile(metric) + metric.qualifier().longPrefix() + grouped(metric.value()) + percentSign(metric)
				+ words(metric, fullUnitName(metric)) + ((period != Period.NONE) ? " " + period.longForm() : "");
	}

	private static String percentile(ParsedMetric metric) {
		return (metric.percentile() != null) ? metric.percentileName() + " " : "";
	}

	/**
	 * Whether the unit goes right after the number, as "x" in "10x": only for a
	 * multiplier with no "+" and no words before the unit, after a number that ends in a
	 * digit (so that "15kx" is never written).
	 */
	private static boolean isAttached(ParsedMetric metric, String number) {
		return metric.unit().kind() == UnitKind.MULTIPLIER && metric.qualifier().shortSuffix().isEmpty()
				&& metric.modifier().isEmpty() && Character.isDigit(number.charAt(number.length() - 1));
	}

	/**
	 * Abbreviates with the largest magnitude that keeps at most three decimals, so that
	 * 35,000,000 becomes "35M" but 1,234,567 stays "1,234,567".
	 */
	static String compact(BigDecimal value) {
		if (value.compareTo(ABBREVIATE_FROM) < 0) {
			return value.toPlainString();
		}
		for (Magnitude magnitude : LARGEST_FIRST) {
			if (value.compareTo(magnitude.factor()) >= 0) {
				BigDecimal scaled = ParsedMetric.normalize(value.divide(magnitude.factor()));
				return (scaled.scale() <= MAX_ABBREVIATED_DECIMALS) ? scaled.toPlainString() + magnitude.suffix()
						: grouped(value);
			}
		}
		return grouped(value);
	}

	static String grouped(BigDecimal value) {
		String plain = value.toPlainString();
		int point = plain.indexOf('.');
		StringBuilder integer = new StringBuilder((point < 0) ? plain : plain.substring(0, point));
		for (int i = integer.length() - 3; i > 0; i -= 3) {
			integer.insert(i, ',');
		}
		return integer + ((point < 0) ? "" : plain.substring(point));
	}

	/**
	 * Whether a bare percentage would read back as availability: "99.9%" means
	 * availability, so a share of 99.9 is written "99.9 percent".
	 */
	private static boolean looksLikeAvailability(ParsedMetric metric) {
		return metric.unit().equals(MetricUnit.PERCENT) && metric.remark().isEmpty()
				&& NINES.matcher(metric.value().toPlainString()).matches();
	}

	private static String percentSign(ParsedMetric metric) {
		boolean percentage = metric.unit().kind() == UnitKind.PERCENTAGE;
		return (percentage && !looksLikeAvailability(metric)) ? "%" : "";
	}

	private static String shortUnitName(ParsedMetric metric) {
		MetricUnit unit = metric.unit();
		if (unit.kind() == UnitKind.PERCENTAGE) {
			return percentageName(metric);
		}
		boolean abbreviated = !unit.shortForm().equals(unit.name());
		return (isOne(metric) && !abbreviated) ? unit.singularName() : unit.shortForm();
	}

	private static String fullUnitName(ParsedMetric metric) {
		if (metric.unit().kind() == UnitKind.PERCENTAGE) {
			return percentageName(metric);
		}
		return isOne(metric) ? metric.unit().singularName() : metric.unit().name();
	}

	private static String percentageName(ParsedMetric metric) {
		if (metric.unit().equals(MetricUnit.AVAILABILITY)) {
			return metric.unit().name();
		}
		return looksLikeAvailability(metric) ? metric.unit().name() : "";
	}

	private static boolean isOne(ParsedMetric metric) {
		return metric.value().compareTo(BigDecimal.ONE) == 0;
	}

	private static String words(ParsedMetric metric, String unitName) {
		String words = Stream.of(metric.modifier(), unitName, metric.remark())
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.joining(" "));
		return words.isEmpty() ? "" : " " + words;
	}

}
