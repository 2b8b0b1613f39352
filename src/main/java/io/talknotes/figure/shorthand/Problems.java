package io.talknotes.figure.shorthand;

/**
 * The messages a person sees when a figure cannot be read, kept together so that they
 * stay consistent in tone. Each says what is wrong and how to write it instead.
 */
final class Problems {

	private static final String EXAMPLE = "\"35M QPS\"";

	private Problems() {
	}

	static FigureParseException empty(String text) {
		return new FigureParseException(text, "Enter a figure, for example " + EXAMPLE + ".");
	}

	static FigureParseException tooLong(String text, int max) {
		return new FigureParseException(text,
				"Keep the figure to " + max + " characters or fewer; this one has " + text.length() + ".");
	}

	static FigureParseException noNumber(String text) {
		return new FigureParseException(text,
				"No number found in \"" + text + "\". Start with a figure, for example " + EXAMPLE + ".");
	}

	static FigureParseException numberNotFirst(String text) {
		return new FigureParseException(text, "Put the number first, for example " + EXAMPLE + ".");
	}

	static FigureParseException negative(String text) {
		return new FigureParseException(text, "Negative numbers are not allowed: a count starts at 0.");
	}

	static FigureParseException badNumber(String text, String number) {
		return new FigureParseException(text, "Cannot read the number \"" + number
				+ "\". Write it like 1500, 1,500 or 1.5k, with commas only between groups of three digits.");
	}

	static FigureParseException tooPrecise(String text, int maxDecimals) {
		return new FigureParseException(text, "Use at most " + maxDecimals + " decimal places.");
	}

	static FigureParseException tooLarge(String text) {
		return new FigureParseException(text, "That number is too large; keep it below a quintillion (10^18).");
	}

	static FigureParseException conflictingQualifiers(String text) {
		return new FigureParseException(text,
				"\"+\" means \"at least\" and contradicts the word or sign before the number; keep one of them.");
	}

	static FigureParseException magnitudeOnPercentage(String text) {
		return new FigureParseException(text, "A percentage cannot use k, M or B; write it as a plain number.");
	}

	static FigureParseException badNines(String text) {
		return new FigureParseException(text,
				"Write the number of nines as a whole number from 1 to 9, for example \"5 9s\".");
	}

	static FigureParseException availabilityAbove100(String text) {
		return new FigureParseException(text, "Availability cannot be more than 100%.");
	}

	static FigureParseException missingUnit(String text) {
		return new FigureParseException(text,
				"Say what is counted after the number, for example \"42 nodes\" or " + EXAMPLE + ".");
	}

	static FigureParseException unknownPeriod(String text, String period) {
		return new FigureParseException(text,
				"Unknown period \"" + period + "\". Use /s, /day, /month, /year or /cluster.");
	}

	static FigureParseException twoPeriods(String text, String first, String second) {
		return new FigureParseException(text, "Use one period only; found \"" + first + "\" and \"" + second + "\".");
	}

	static FigureParseException periodOnRate(String text, FigureUnit unit, Period period) {
		return new FigureParseException(text,
				"\"" + unit.shortForm() + "\" is already per second, so it cannot also be " + period.longForm() + ".");
	}

	static FigureParseException pluralWithQualifier(String text) {
		return new FigureParseException(text,
				"Words such as \"hundreds of\" already mean \"at least\"; leave out the word or sign before them.");
	}

	static FigureParseException badPercentile(String text) {
		return new FigureParseException(text, "Write a percentile from p0 to p100 with at most "
				+ Percentile.MAX_DECIMALS + " decimal places, for example \"p99\" or \"p99.9\".");
	}

	static FigureParseException percentileWithoutMeasure(String text) {
		return new FigureParseException(text,
				"A percentile such as p99 goes with a duration, data size or bandwidth, for example \"p99 under 250 µs\".");
	}

	static FigureParseException twoPercentiles(String text) {
		return new FigureParseException(text, "Use one percentile only, for example \"p99 under 250 µs\".");
	}

}
