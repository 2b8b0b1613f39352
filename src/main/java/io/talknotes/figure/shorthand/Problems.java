package io.talknotes.figure.shorthand;

/**
 * Why a figure cannot be read, each a message under {@code figure.problem.} that says
 * what is wrong and how to write it instead; kept together so that they stay consistent.
 */
final class Problems {

	private Problems() {
	}

	static FigureParseException readsBackDifferently(String text, String shortForm) {
		return new FigureParseException(text, "figure.problem.readsBackDifferently", shortForm);
	}

	static FigureParseException empty(String text) {
		return new FigureParseException(text, "figure.problem.empty");
	}

	static FigureParseException tooLong(String text, int max) {
		return new FigureParseException(text, "figure.problem.tooLong", max, text.length());
	}

	static FigureParseException noNumber(String text) {
		return new FigureParseException(text, "figure.problem.noNumber", text);
	}

	static FigureParseException numberNotFirst(String text) {
		return new FigureParseException(text, "figure.problem.numberNotFirst");
	}

	static FigureParseException negative(String text) {
		return new FigureParseException(text, "figure.problem.negative");
	}

	static FigureParseException badNumber(String text, String number) {
		return new FigureParseException(text, "figure.problem.badNumber", number);
	}

	static FigureParseException tooPrecise(String text, int maxDecimals) {
		return new FigureParseException(text, "figure.problem.tooPrecise", maxDecimals);
	}

	static FigureParseException tooLarge(String text) {
		return new FigureParseException(text, "figure.problem.tooLarge");
	}

	static FigureParseException conflictingQualifiers(String text) {
		return new FigureParseException(text, "figure.problem.conflictingQualifiers");
	}

	static FigureParseException magnitudeOnPercentage(String text) {
		return new FigureParseException(text, "figure.problem.magnitudeOnPercentage");
	}

	static FigureParseException badNines(String text) {
		return new FigureParseException(text, "figure.problem.badNines");
	}

	static FigureParseException availabilityAbove100(String text) {
		return new FigureParseException(text, "figure.problem.availabilityAbove100");
	}

	static FigureParseException missingUnit(String text) {
		return new FigureParseException(text, "figure.problem.missingUnit");
	}

	static FigureParseException unknownPeriod(String text, String period) {
		return new FigureParseException(text, "figure.problem.unknownPeriod", period);
	}

	static FigureParseException twoPeriods(String text, String first, String second) {
		return new FigureParseException(text, "figure.problem.twoPeriods", first, second);
	}

	static FigureParseException periodOnRate(String text, FigureUnit unit, Period period) {
		return new FigureParseException(text, "figure.problem.periodOnRate", unit.shortForm(), period.longForm());
	}

	static FigureParseException pluralWithQualifier(String text) {
		return new FigureParseException(text, "figure.problem.pluralWithQualifier");
	}

	static FigureParseException badPercentile(String text) {
		return new FigureParseException(text, "figure.problem.badPercentile", Percentile.MAX_DECIMALS);
	}

	static FigureParseException percentileWithoutMeasure(String text) {
		return new FigureParseException(text, "figure.problem.percentileWithoutMeasure");
	}

	static FigureParseException twoPercentiles(String text) {
		return new FigureParseException(text, "figure.problem.twoPercentiles");
	}

}
