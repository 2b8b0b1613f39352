package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * A figure converted for comparison: its value in its kind's base unit (bytes, seconds,
 * or the counted thing itself), per second when it is counted per a span of time. Two
 * figures compare when their measures have the same {@link #key() key}: 3 PB per month
 * and 80 TB per day are both bytes per second; 250 µs and 0.4 ms are both seconds; 2
 * million requests per minute and 35k RPS are both requests per second.
 * <p>
 * Bandwidths are counted in bytes too (a byte is 8 bits), so that "400 Gbps" compares
 * with "50 GB/s".
 *
 * @param amount the value in the base unit, per second where {@link #per()} says so
 * @param unit the base unit, e.g. "bytes", "seconds", "pods" or the words of an unknown
 * unit
 * @param per {@link Period#PER_SECOND} for figures per time, {@link Period#PER_CLUSTER}
 * per cluster, otherwise {@link Period#NONE}
 */
public record Measure(BigDecimal amount, String unit, Period per) {

	// Sixteen significant digits: more than any quoted figure has, and exact for every
	// conversion between catalogue units whose factors are powers of ten
	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private static final BigDecimal BITS_PER_BYTE = BigDecimal.valueOf(8);

	private static final String PER_SECOND_SUFFIX = " per second";

	static Measure of(ParsedFigure figure) {
		FigureUnit unit = figure.unit();
		BigDecimal amount = figure.value().multiply(unit.factor(), PRECISION);
		Period per = Period.NONE;
		if (unit.kind() == UnitKind.BANDWIDTH) {
			amount = amount.divide(BITS_PER_BYTE, PRECISION);
		}
		if (unit.kind().isPerSecond()) {
			per = Period.PER_SECOND;
		}
		Period period = figure.period();
		if (period.isTime()) {
			amount = amount.divide(period.seconds(), PRECISION);
			per = Period.PER_SECOND;
		}
		String base = baseUnit(unit);
		if (period == Period.PER_CLUSTER) {
			// "200 Gbps per cluster" stays per second, and per cluster too
			base = (per == Period.PER_SECOND) ? base + PER_SECOND_SUFFIX : base;
			per = Period.PER_CLUSTER;
		}
		return new Measure(ParsedFigure.normalize(amount), base, per);
	}

	/**
	 * Returns the base unit a unit converts into: "bytes" for data sizes and bandwidths,
	 * "seconds" for durations, "times" for multipliers, "queries" for queries per second,
	 * and the unit's own name for counts.
	 * @param unit the unit
	 * @return the base unit's name
	 */
	public static String baseUnit(FigureUnit unit) {
		return switch (unit.kind()) {
			case DATA, BANDWIDTH -> "bytes";
			case DURATION -> "seconds";
			case MULTIPLIER -> "times";
			case RATE -> withoutSuffix(unit.name());
			default -> unit.name();
		};
	}

	/**
	 * Returns what this measure compares with, e.g. "bytes per second" or "seconds".
	 * @return the base unit and what it is per
	 */
	public String key() {
		return (this.per == Period.NONE) ? this.unit : this.unit + " " + this.per.longForm();
	}

	/**
	 * Returns the amount per another period, e.g. bytes per day rather than per second.
	 * @param period a span of time; any other period leaves the amount as it is
	 * @return the amount per that period
	 */
	public BigDecimal amountPer(Period period) {
		if (this.per != Period.PER_SECOND || !period.isTime()) {
			return this.amount;
		}
		return ParsedFigure.normalize(this.amount.multiply(period.seconds(), PRECISION));
	}

	private static String withoutSuffix(String name) {
		boolean suffixed = name.toLowerCase(Locale.ROOT).endsWith(PER_SECOND_SUFFIX)
				&& name.length() > PER_SECOND_SUFFIX.length();
		return suffixed ? name.substring(0, name.length() - PER_SECOND_SUFFIX.length()) : name;
	}

}
