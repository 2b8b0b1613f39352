package io.talknotes.metric.shorthand;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure read from a note, such as "100k+ containers": value 100,000, unit
 * {@link MetricUnit#CONTAINERS}, qualifier {@link Qualifier#AT_LEAST}, no period.
 *
 * @param value the value with its magnitude applied, never negative, without trailing
 * zeros (so that {@code equals} agrees with {@code compareTo})
 * @param unit what is counted; possibly {@link MetricUnit#isKnown() unknown}
 * @param qualifier whether the value is exact, a floor, an estimate or a ceiling
 * @param period what the value is counted per, {@link Period#NONE} if nothing
 * @param modifier words written before the unit, such as "Arm-based" or "stateless", or
 * empty
 * @param remark words written after the unit, such as "shipped" or "of Slack", or empty
 * @param text the figure as written
 */
public record ParsedMetric(BigDecimal value, MetricUnit unit, Qualifier qualifier, Period period, String modifier,
		String remark, String text) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Creates a figure, checking that it could have been written.
	 * @throws IllegalArgumentException if the value is negative, availability is above
	 * 100%, a rate such as QPS has a time period, or the words around the unit could not
	 * be told apart from it when read back
	 */
	public ParsedMetric {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(qualifier, "qualifier");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(text, "text");
		value = normalize(value);
		modifier = (modifier != null) ? modifier.strip() : "";
		remark = (remark != null) ? remark.strip() : "";
		validate(value, unit, period, modifier, remark);
	}

	/**
	 * Creates a figure with no words around the unit; its text is its short form.
	 * @param value the value, not negative
	 * @param unit the unit
	 * @param qualifier the qualifier
	 * @param period the period
	 * @return the figure
	 */
	public static ParsedMetric of(BigDecimal value, MetricUnit unit, Qualifier qualifier, Period period) {
		return of(value, unit, qualifier, period, "", "");
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
	public static ParsedMetric of(BigDecimal value, MetricUnit unit, Qualifier qualifier, Period period,
			String modifier, String remark) {
		ParsedMetric draft = new ParsedMetric(value, unit, qualifier, period, modifier, remark, "");
		return new ParsedMetric(value, unit, qualifier, period, modifier, remark, draft.shortForm());
	}

	/**
	 * Returns the figure as people write it in notes, e.g. "35M QPS", "100k+ containers"
	 * or "~2300 nodes/cluster". Values of 10,000 and more are abbreviated with k, M, B or
	 * T when that needs at most three decimals ("2.8B", "12.345k"); other values are
	 * written in full, with thousands separators from 10,000 up. Percentages are never
	 * abbreviated. {@link MetricParser#parse(String)} reads it back to the same value,
	 * unit, qualifier and period.
	 * @return the short form
	 */
	public String shortForm() {
		return MetricFormatter.shortForm(this);
	}

	/**
	 * Returns the figure in words, e.g. "35,000,000 queries per second", "at least
	 * 100,000 containers" or "about 2,300 nodes per cluster".
	 * @return the full form
	 */
	public String fullForm() {
		return MetricFormatter.fullForm(this);
	}

	/**
	 * Returns the value in full with thousands separators, e.g. "35,000,000".
	 * @return the grouped value
	 */
	public String groupedValue() {
		return MetricFormatter.grouped(this.value);
	}

	static BigDecimal normalize(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static void validate(BigDecimal value, MetricUnit unit, Period period, String modifier, String remark) {
		if (value.signum() < 0) {
			throw new IllegalArgumentException("A figure cannot be negative: " + value);
		}
		if (unit.equals(MetricUnit.AVAILABILITY) && value.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("Availability cannot exceed 100%: " + value);
		}
		if (unit.kind() == UnitKind.RATE && period.isTime()) {
			throw new IllegalArgumentException(unit.shortForm() + " is already a rate; it cannot be " + period);
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
