package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure read from a note, such as "100k+ containers": value 100,000, unit
 * {@link FigureUnit#CONTAINERS}, qualifier {@link Qualifier#AT_LEAST}, no period.
 * <p>
 * A count per second that the catalogue has as a rate is that rate: 5 requests per second
 * is 5 {@link FigureUnit#REQUESTS_PER_SECOND RPS}, as the parser reads it.
 *
 * @param value the value with its magnitude applied, never negative, without trailing
 * zeros (so that {@code equals} agrees with {@code compareTo})
 * @param unit what is counted; possibly {@link FigureUnit#isKnown() unknown}
 * @param qualifier whether the value is exact, a floor, an estimate, a ceiling or a bound
 * not reached
 * @param period what the value is counted per, {@link Period#NONE} if nothing
 * @param modifier words written before the unit, such as "Arm-based" or "stateless", or
 * empty
 * @param remark words written after the unit, such as "shipped" or "of Slack", or empty
 * @param percentile the latency percentile, such as 99 for "p99", or {@code null}
 * @param text the figure as written
 */
public record ParsedFigure(BigDecimal value, FigureUnit unit, Qualifier qualifier, Period period, String modifier,
		String remark, BigDecimal percentile, String text) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Creates a figure, checking that it could have been written.
	 * @throws IllegalArgumentException if the value is negative, availability is above
	 * 100%, a rate such as QPS has a time period, a percentile is out of range or goes
	 * with a unit that is not a duration, size or bandwidth, or the words around the unit
	 * could not be told apart from it when read back
	 */
	public ParsedFigure {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(qualifier, "qualifier");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(text, "text");
		value = normalize(value);
		percentile = (percentile != null) ? normalize(percentile) : null;
		modifier = (modifier != null) ? modifier.strip() : "";
		remark = (remark != null) ? remark.strip() : "";
		if (period == Period.PER_SECOND && unit.perSecond() != null) {
			unit = unit.perSecond();
			period = Period.NONE;
		}
		validate(value, unit, period, modifier, remark, percentile);
	}

	/**
	 * Creates a figure without a percentile.
	 * @param value the value, not negative
	 * @param unit the unit
	 * @param qualifier the qualifier
	 * @param period the period
	 * @param modifier words before the unit, or empty
	 * @param remark words after the unit, or empty
	 * @param text the figure as written
	 */
	public ParsedFigure(BigDecimal value, FigureUnit unit, Qualifier qualifier, Period period, String modifier,
			String remark, String text) {
		this(value, unit, qualifier, period, modifier, remark, null, text);
	}

	/**
	 * Creates a figure with no words around the unit; its text is its short form.
	 * @param value the value, not negative
	 * @param unit the unit
	 * @param qualifier the qualifier
	 * @param period the period
	 * @return the figure
	 */
	public static ParsedFigure of(BigDecimal value, FigureUnit unit, Qualifier qualifier, Period period) {
		return of(value, unit, qualifier, period, "", "", null);
	}

	/**
	 * Creates a figure; its text is its short form.
	 * @param value the value, not negative
	 * @param unit the unit
	 * @param qualifier the qualifier
	 * @param period the period
	 * @param modifier words before the unit, or empty
	 * @param remark words after the unit, or empty
	 * @return the figure
	 */
	public static ParsedFigure of(BigDecimal value, FigureUnit unit, Qualifier qualifier, Period period,
			String modifier, String remark) {
		return of(value, unit, qualifier, period, modifier, remark, null);
	}

	/**
	 * Creates a figure with a percentile; its text is its short form.
	 * @param value the value, not negative
	 * @param unit the unit
	 * @param qualifier the qualifier
	 * @param period the period
	 * @param modifier words before the unit, or empty
	 * @param remark words after the unit, or empty
	 * @param percentile the percentile, e.g. 99.9, or {@code null}
	 * @return the figure
	 */
	public static ParsedFigure of(BigDecimal value, FigureUnit unit, Qualifier qualifier, Period period,
			String modifier, String remark, BigDecimal percentile) {
		ParsedFigure draft = new ParsedFigure(value, unit, qualifier, period, modifier, remark, percentile, "");
		return new ParsedFigure(value, unit, qualifier, period, modifier, remark, percentile, draft.shortForm());
	}

	/**
	 * Returns the figure as people write it in notes, e.g. "35M QPS", "100k+ containers",
	 * "~2300 nodes/cluster" or "p99 under 250 µs". Values of 10,000 and more are
	 * abbreviated with k, M, B or T when that needs at most three decimals ("2.8B",
	 * "12.345k"); other values are written in full, with thousands separators from 10,000
	 * up. Percentages are never abbreviated. {@link FigureParser#parse(String)} reads it
	 * back to the same value, unit, qualifier, period and percentile.
	 * @return the short form
	 */
	public String shortForm() {
		return FigureFormatter.shortForm(this);
	}

	/**
	 * Tells whether another figure says the same as this one, however each was written.
	 * @param other the other figure
	 * @return whether value, unit, qualifier, period, words around the unit and
	 * percentile are all the same
	 */
	public boolean sameFigureAs(ParsedFigure other) {
		return this.value.equals(other.value) && this.unit.equals(other.unit) && this.qualifier == other.qualifier
				&& this.period == other.period && this.modifier.equals(other.modifier)
				&& this.remark.equals(other.remark) && Objects.equals(this.percentile, other.percentile);
	}

	/**
	 * Returns the figure in words, e.g. "35,000,000 queries per second", "at least
	 * 100,000 containers" or "about 2,300 nodes per cluster".
	 * @return the full form
	 */
	public String fullForm() {
		return FigureFormatter.fullForm(this);
	}

	/**
	 * Returns the value in full with thousands separators, e.g. "35,000,000".
	 * @return the grouped value
	 */
	public String groupedValue() {
		return grouped(this.value);
	}

	/**
	 * Writes a number in full with thousands separators, e.g. "80,000,000,000,000".
	 * @param number the number
	 * @return the grouped number, without trailing zeros
	 */
	public static String grouped(BigDecimal number) {
		return FigureFormatter.grouped(normalize(number));
	}

	/**
	 * Returns the percentile as written in short, e.g. "p99", or an empty string.
	 * @return the percentile, or empty
	 */
	public String percentileName() {
		return (this.percentile != null) ? Percentile.format(this.percentile) : "";
	}

	/**
	 * Returns the figure in its kind's base unit, per second where it is per time, so
	 * that 3 PB per month and 80 TB per day, or 250 µs and 0.4 ms, compare.
	 * @return the measure
	 */
	public Measure measure() {
		return Measure.of(this);
	}

	static BigDecimal normalize(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static void validate(BigDecimal value, FigureUnit unit, Period period, String modifier, String remark,
			BigDecimal percentile) {
		if (value.signum() < 0) {
			throw new IllegalArgumentException("A figure cannot be negative: " + value);
		}
		if (unit.equals(FigureUnit.AVAILABILITY) && value.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("Availability cannot exceed 100%: " + value);
		}
		if (unit.kind().isPerSecond() && period.isTime()) {
			throw new IllegalArgumentException(unit.shortForm() + " is already per second; it cannot be " + period);
		}
		if (percentile != null && (!unit.kind().takesPercentile() || !Percentile.isValid(percentile))) {
			throw new IllegalArgumentException("No percentile " + percentile + " for " + unit);
		}
		// Percentages and unknown units would swallow these words when read back
		if (!modifier.isEmpty() && (!unit.isKnown() || unit.kind() == UnitKind.PERCENTAGE)) {
			throw new IllegalArgumentException("No words can go before " + unit + ": " + modifier);
		}
		if (!remark.isEmpty() && !unit.isKnown()) {
			throw new IllegalArgumentException("No words can go after unknown unit " + unit + ": " + remark);
		}
	}

}
