package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a {@link ParsedFigure} back as text, in forms that {@link FigureParser} reads
 * back to the same value, unit, qualifier and period.
 */
final class FigureFormatter {

	// Below this, "2300" reads better than "2.3k" and is what people write
	private static final BigDecimal ABBREVIATE_FROM = BigDecimal.valueOf(10_000);

	private static final int MAX_ABBREVIATED_DECIMALS = 3;

	private static final Pattern CLUSTER = Pattern.compile("(?i)(^|\\s)clusters?($|\\s)");

	private static final List<Magnitude> LARGEST_FIRST = List.of(Magnitude.TRILLION, Magnitude.BILLION,
			Magnitude.MILLION, Magnitude.THOUSAND);

	private static final Pattern NINES = Pattern.compile("99\\.9+");

	private FigureFormatter() {
	}

	static String shortForm(ParsedFigure figure) {
		Qualifier qualifier = figure.qualifier();
		boolean percentage = figure.unit().kind() == UnitKind.PERCENTAGE;
		String number = percentage ? figure.value().toPlainString() : compact(figure.value());
		if (isAttached(figure, number)) {
			// "10x faster", as multipliers are written
			return percentile(figure) + qualifier.shortPrefix() + number + figure.unit().shortForm() + words(figure, "")
					+ figure.period().shortForm();
		}
		return percentile(figure) + qualifier.shortPrefix() + number + percentSign(figure) + qualifier.shortSuffix()
				+ words(figure, shortUnitName(figure)) + figure.period().shortForm();
	}

	static String fullForm(ParsedFigure figure) {
		Period period = figure.period();
		return percentile(figure) + figure.qualifier().longPrefix() + grouped(figure.value()) + percentSign(figure)
				+ words(figure, fullUnitName(figure)) + ((period != Period.NONE) ? " " + period.longForm() : "");
	}

	private static String percentile(ParsedFigure figure) {
		return (figure.percentile() != null) ? figure.percentileName() + " " : "";
	}

	/**
	 * Whether the unit goes right after the number, as "x" in "10x": only for a
	 * multiplier with no "+" and no words before the unit, after a number that ends in a
	 * digit (so that "15kx" is never written).
	 */
	private static boolean isAttached(ParsedFigure figure, String number) {
		return figure.unit().kind() == UnitKind.MULTIPLIER && figure.qualifier().shortSuffix().isEmpty()
				&& figure.modifier().isEmpty() && Character.isDigit(number.charAt(number.length() - 1));
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
				BigDecimal scaled = ParsedFigure.normalize(value.divide(magnitude.factor()));
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
	private static boolean looksLikeAvailability(ParsedFigure figure) {
		return figure.unit().equals(FigureUnit.PERCENT) && figure.remark().isEmpty()
				&& NINES.matcher(figure.value().toPlainString()).matches();
	}

	private static String percentSign(ParsedFigure figure) {
		boolean percentage = figure.unit().kind() == UnitKind.PERCENTAGE;
		return (percentage && !looksLikeAvailability(figure)) ? "%" : "";
	}

	private static String shortUnitName(ParsedFigure figure) {
		FigureUnit unit = figure.unit();
		if (unit.kind() == UnitKind.PERCENTAGE) {
			return percentageName(figure);
		}
		boolean abbreviated = !unit.shortForm().equals(unit.name());
		return (inSingular(figure) && !abbreviated) ? unit.singularName() : unit.shortForm();
	}

	private static String fullUnitName(ParsedFigure figure) {
		if (figure.unit().kind() == UnitKind.PERCENTAGE) {
			return percentageName(figure);
		}
		return inSingular(figure) ? figure.unit().singularName() : figure.unit().name();
	}

	private static String percentageName(ParsedFigure figure) {
		if (figure.unit().equals(FigureUnit.AVAILABILITY)) {
			return figure.unit().name();
		}
		return looksLikeAvailability(figure) ? figure.unit().name() : "";
	}

	private static boolean isOne(ParsedFigure figure) {
		return figure.value().compareTo(BigDecimal.ONE) == 0;
	}

	/**
	 * Whether the unit is written in the singular: for one of it, unless a cluster is
	 * named after it, since "1 node … clusters" reads as nodes per cluster.
	 */
	private static boolean inSingular(ParsedFigure figure) {
		return isOne(figure) && (figure.period() != Period.NONE || !CLUSTER.matcher(figure.remark()).find());
	}

	private static String words(ParsedFigure figure, String unitName) {
		String words = Stream.of(figure.modifier(), unitName, figure.remark())
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.joining(" "));
		return words.isEmpty() ? "" : " " + words;
	}

}
