package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number at the start of a figure and what is attached to it: a magnitude ("35M",
 * "3.5 billion"), "+" and "%".
 *
 * @param number the digits as written, e.g. "1,500" or ".5"
 * @param magnitude the magnitude, or {@code null}
 * @param plus whether "+" follows the number
 * @param percent whether "%" follows the number
 * @param rest the words after the number
 */
record Head(String number, Magnitude magnitude, boolean plus, boolean percent, String rest) {

	private static final Pattern HEAD = Pattern.compile(
			"(?<number>\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)\\s*(?:(?<magnitude>" + Magnitude.pattern()
					+ ")(?![\\p{L}\\p{N}-]))?\\s*(?<plus>\\+)?\\s*(?<percent>%)?\\s*(?<plusAfter>\\+)?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

	private static final Pattern NEGATIVE = Pattern.compile("[-\u2212]\\s*[\\d.].*");

	// "1.2.3" or "1e30": the number goes on in a way the pattern above does not read
	private static final Pattern STRAY = Pattern.compile("(?:[.,]\\d|[eE][+-]?\\d).*");

	private static final Pattern NINES_WORD = Pattern.compile("9s|9's|nines", Pattern.CASE_INSENSITIVE);

	/**
	 * Reads the number at the start of {@code rest}.
	 * @param input the whole figure, for error messages
	 * @param rest the figure from its number on
	 */
	static Head read(String input, String rest) {
		if (NEGATIVE.matcher(rest).matches()) {
			throw Problems.negative(input);
		}
		Matcher matcher = HEAD.matcher(rest);
		if (!matcher.lookingAt()) {
			throw input.chars().anyMatch(Character::isDigit) ? Problems.numberNotFirst(input)
					: Problems.noNumber(input);
		}
		String number = matcher.group("number");
		String trailing = rest.substring(matcher.end("number"));
		if ((number.contains(",") && !GROUPED.matcher(number).matches()) || STRAY.matcher(trailing).matches()) {
			throw Problems.badNumber(input, number + trailing.split(" ", 2)[0]);
		}
		String after = rest.substring(matcher.end()).strip();
		String magnitude = matcher.group("magnitude");
		if (magnitude != null && matcher.group("percent") != null) {
			throw Problems.magnitudeOnPercentage(input);
		}
		boolean plus = matcher.group("plus") != null || matcher.group("plusAfter") != null;
		if (isBytes(input, magnitude, after)) {
			// "512 B" and "100 B/s" are bytes: a billion of nothing is not a figure
			return new Head(number, null, plus, false, magnitude + (after.startsWith("/") ? "" : " ") + after);
		}
		return new Head(number, (magnitude != null) ? Magnitude.fromAlias(magnitude) : null, plus,
				matcher.group("percent") != null, after);
	}

	private static boolean isBytes(String input, String magnitude, String after) {
		return "B".equals(magnitude) && PeriodScan.of(input, Tokens.split(after)).words().isEmpty();
	}

	BigDecimal value() {
		BigDecimal value = new BigDecimal(this.number.replace(",", ""));
		return (this.magnitude != null) ? value.multiply(this.magnitude.factor()) : value;
	}

	/**
	 * Whether the number counts nines, as in "5 9s" or "3 nines".
	 */
	boolean isNines(List<String> tokens) {
		return !this.percent && this.magnitude == null && !tokens.isEmpty()
				&& NINES_WORD.matcher(tokens.get(0)).matches();
	}

}
