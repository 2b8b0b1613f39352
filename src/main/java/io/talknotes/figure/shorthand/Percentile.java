package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency percentiles as people write them: "p99", "P99.9" or "99th percentile", before
 * the number ("p99 under 250 µs") or after the unit ("250 µs p99").
 */
final class Percentile {

	/** The most decimal places a percentile may have, as in p99.9999. */
	static final int MAX_DECIMALS = 4;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Pattern LEADING = Pattern
		.compile("(?:p(?<short>\\d{1,3}(?:\\.\\d{1,9})?)|(?<long>\\d{1,3}(?:\\.\\d{1,9})?)(?:st|nd|rd|th) percentile)"
				+ "(?![\\p{L}\\p{N}.])", Pattern.CASE_INSENSITIVE);

	private static final Pattern TOKEN = Pattern.compile("p(\\d{1,3}(?:\\.\\d{1,9})?)", Pattern.CASE_INSENSITIVE);

	private Percentile() {
	}

	/**
	 * Finds a percentile at the start of {@code text}.
	 * @return the match, or {@code null} when the text does not start with one
	 */
	static Matcher leading(String text) {
		Matcher matcher = LEADING.matcher(text);
		return matcher.lookingAt() ? matcher : null;
	}

	static BigDecimal of(Matcher leading) {
		String digits = (leading.group("short") != null) ? leading.group("short") : leading.group("long");
		return ParsedFigure.normalize(new BigDecimal(digits));
	}

	/**
	 * Reads one word such as "p99".
	 * @return the percentile, or {@code null} when the word is not one
	 */
	static BigDecimal ofToken(String token) {
		Matcher matcher = TOKEN.matcher(token);
		return matcher.matches() ? ParsedFigure.normalize(new BigDecimal(matcher.group(1))) : null;
	}

	/** Whether a percentile is one people can mean: from 0 to 100, with few decimals. */
	static boolean isValid(BigDecimal percentile) {
		return percentile.signum() >= 0 && percentile.compareTo(HUNDRED) <= 0 && percentile.scale() <= MAX_DECIMALS;
	}

	/** Writes a percentile as "p99.9". */
	static String format(BigDecimal percentile) {
		return "p" + percentile.toPlainString();
	}

}
