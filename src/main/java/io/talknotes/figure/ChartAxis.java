package io.talknotes.figure;

import java.math.BigDecimal;

import io.talknotes.figure.shorthand.UnitKind;

/**
 * Labels the gridlines of a chart, one per power of ten, in the base unit of what the
 * chart compares: "1k" for counts, "100 TB" for data, "250 µs"-style prefixes for
 * durations below a second, "10×" for multipliers.
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
		if (kind == null) {
			return number(exponent);
		}
		return switch (kind) {
			case DATA, BANDWIDTH -> prefixed(exponent, BYTE_UNITS, 0);
			case DURATION -> (exponent < 0) ? prefixed(exponent, SUBSECOND_UNITS, -9) : number(exponent) + " s";
			case MULTIPLIER -> number(exponent) + "×";
			default -> number(exponent);
		};
	}

	/** Writes a power of ten as people write counts: 1, 10, 100, 1k, 10k, …, 1M. */
	static String number(int exponent) {
		if (exponent < 0) {
			return BigDecimal.ONE.scaleByPowerOfTen(exponent).toPlainString();
		}
		int group = Math.min(exponent / 3, COUNT_SUFFIXES.length - 1);
		return BigDecimal.TEN.pow(exponent - 3 * group).toPlainString() + COUNT_SUFFIXES[group];
	}

	/**
	 * Writes a power of ten with the unit whose prefix fits, e.g. "100 TB" or "10 ms".
	 * @param units the units a thousand apart, smallest first
	 * @param first the power of ten of the first unit
	 */
	private static String prefixed(int exponent, String[] units, int first) {
		int group = Math.floorDiv(exponent - first, 3);
		int index = Math.max(0, Math.min(group, units.length - 1));
		int rest = exponent - first - 3 * index;
		return BigDecimal.ONE.scaleByPowerOfTen(rest).toPlainString() + " " + units[index];
	}

}
