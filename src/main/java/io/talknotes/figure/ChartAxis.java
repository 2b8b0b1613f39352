package io.talknotes.figure;

import java.math.BigDecimal;

import io.talknotes.figure.shorthand.UnitKind;

/**
 * Labels the gridlines of a chart in the base unit of what the chart compares: "2.5k" for
 * counts, "100 TB" for data, "250 µs"-style prefixes for durations below a second, "10×"
 * for multipliers.
 */
final class ChartAxis {

	private static final String[] COUNT_SUFFIXES = { "", "k", "M", "B", "T" };

	private static final String[] BYTE_UNITS = { "B", "kB", "MB", "GB", "TB", "PB", "EB" };

	private static final String[] SUBSECOND_UNITS = { "ns", "µs", "ms" };

	private ChartAxis() {
	}

	/**
	 * Labels the gridline at 10 to the power {@code exponent}.
	 * @param kind what the chart compares, or {@code null} for plain numbers
	 */
	static String tick(UnitKind kind, int exponent) {
		return label(kind, BigDecimal.ONE.scaleByPowerOfTen(exponent));
	}

	/**
	 * Labels the gridline at an amount in the base unit.
	 * @param kind what the chart compares, or {@code null} for plain numbers
	 */
	static String label(UnitKind kind, BigDecimal amount) {
		if (kind == null) {
			return number(amount);
		}
		return switch (kind) {
			case DATA, BANDWIDTH -> prefixed(amount, BYTE_UNITS, 0);
			case DURATION -> (amount.signum() > 0 && amount.compareTo(BigDecimal.ONE) < 0)
					? prefixed(amount, SUBSECOND_UNITS, -9) : number(amount) + " s";
			case MULTIPLIER -> number(amount) + "×";
			default -> number(amount);
		};
	}

	/** Writes an amount as people write counts: 1, 10, 100, 1k, 2.5k, …, 1M. */
	static String number(BigDecimal amount) {
		if (amount.compareTo(BigDecimal.ONE) < 0) {
			return plain(amount);
		}
		int group = Math.min(exponent(amount) / 3, COUNT_SUFFIXES.length - 1);
		return plain(amount.movePointLeft(3 * group)) + COUNT_SUFFIXES[group];
	}

	/**
	 * Writes an amount with the unit whose prefix fits, e.g. "100 TB" or "10 ms".
	 * @param units the units a thousand apart, smallest first
	 * @param first the power of ten of the first unit
	 */
	private static String prefixed(BigDecimal amount, String[] units, int first) {
		if (amount.signum() <= 0) {
			return plain(amount) + " " + units[0];
		}
		int group = Math.floorDiv(exponent(amount) - first, 3);
		int index = Math.max(0, Math.min(group, units.length - 1));
		return plain(amount.movePointLeft(first + 3 * index)) + " " + units[index];
	}

	/** The power of ten of the amount's first digit: 3 for 2,500. */
	private static int exponent(BigDecimal amount) {
		return amount.precision() - amount.scale() - 1;
	}

	private static String plain(BigDecimal amount) {
		return (amount.signum() == 0) ? "0" : amount.stripTrailingZeros().toPlainString();
	}

}
