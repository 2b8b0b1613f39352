package io.talknotes.metric.shorthand;

/**
 * The messages a person sees when a figure cannot be read, kept together so that they
 * stay consistent in tone. Each says what is wrong and how to write it instead.
 */
final class Problems {

	private static final String EXAMPLE = "\"35M QPS\"";

	private Problems() {
	}

	static MetricParseException empty(String text) {
		return new MetricParseException(text, "Enter a figure, for example " + EXAMPLE + ".");
	}

	static MetricParseException tooLong(String text, int max) {
		return new MetricParseException(text,
				"Keep the figure to " + max + " characters or fewer; this one has " + text.length() + ".");
	}

	static MetricParseException noNumber(String text) {
		return new MetricParseException(text,
				"No number found in \"" + text + "\". Start with a figure, for example " + EXAMPLE + ".");
	}

	static MetricParseException numberNotFirst(String text) {
		return new MetricParseException(text, "Put the number first, for example " + EXAMPLE + ".");
	}

	static MetricParseException negative(String text) {
		return new MetricParseException(text, "Negative numbers are not allowed: a count starts at 0.");
	}

	static MetricParseException badNumber(String text, String number) {
		return new MetricParseException(text, "Cannot read the number \"" + number
				+ "\". Write it like 1500, 1,500 or 1.5k, with commas only between groups of three digits.");
	}

	static MetricParseException tooPrecise(String text, int maxDecimals) {
		return new MetricParseException(text, "Use at most " + maxDecimals + " decimal places.");
	}

	static MetricParseException tooLarge(String text) {
		return new MetricParseException(text, "That number is too large; keep it below a quintillion (10^18).");
	}

	static MetricParseException conflictingQualifiers(String text) {
		return new MetricParseException(text,
				"\"+\" means \"at least\" and contradicts the word or sign before the number; keep one of them.");
	}

	static MetricParseException magnitudeOnPercentage(String text) {
		return new MetricParseException(text, "A percentage cannot use k, M or B; write it as a plain number.");
	}

	static MetricParseException badNines(String text) {
		return new MetricParseException(text,
				"Write the number of nines as a whole number from 1 to 9, for example \"5 9s\".");
	}

	static MetricParseException availabilityAbove100(String text) {
		return new MetricParseException(text, "Availability cannot be more than 100%.");
	}

	static MetricParseException missingUnit(String text) {
		return new MetricParseException(text,
				"Say what is counted after the number, for example \"42 nodes\" or " + EXAMPLE + ".");
	}

	static MetricParseException unknownPeriod(String text, String period) {
		return new MetricParseException(text,
				"Unknown period \"" + period + "\". Use /s, /day, /month, /year or /cluster.");
	}

	static MetricParseException twoPeriods(String text, String first, String second) {
		return new MetricParseException(text, "Use one period only; found \"" + first + "\" and \"" + second + "\".");
	}

	static MetricParseException periodOnRate(String text, MetricUnit unit, Period period) {
		return new MetricParseException(text,
				"\"" + unit.shortForm() + "\" is already per second, so it cannot also be " + period.longForm() + ".");
	}

	static MetricParseException pluralWithQualifier(String text) {
		return new MetricParseException(text,
				"Words such as \"hundreds of\" already mean \"at least\"; leave out the word or sign before them.");
	}

	static MetricParseException badPercentile(String text) {
		return new MetricParseException(text, "Write a percentile from p0 to p100 with at most "
				+ Percentile.MAX_DECIMALS + " decimal places, for example \"p99\" or \"p99.9\".");
	}

	static MetricParseException percentileWithoutMeasure(String text) {
		return new MetricParseException(text,
				"A percentile such as p99 goes with a duration, data size or bandwidth, for example \"p99 under 250 µs\".");
	}

	static MetricParseException twoPercentiles(String text) {
		return new MetricParseException(text, "Use one percentile only, for example \"p99 under 250 µs\".");
	}

}
