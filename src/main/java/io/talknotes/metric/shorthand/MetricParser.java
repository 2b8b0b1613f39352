package io.talknotes.metric.shorthand;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the shorthand people write when noting a figure quoted in a talk, such as "35M
 * QPS", "100k+ containers", "~2300 nodes/cluster" or "5 9s".
 * <p>
 * A figure is an optional qualifier ("~", "about", "at least", "up to", "&gt;="), a
 * number with optional thousands separators and magnitude (k, M, B, T or the words), an
 * optional "+", then the unit with optional words around it and an optional period
 * ("/day", "per month", "daily"). Instances are immutable and thread-safe.
 */
public final class MetricParser {

	/** The longest figure accepted, in characters. */
	public static final int MAX_LENGTH = 200;

	/** The most decimal places a value may have once its magnitude is applied. */
	public static final int MAX_DECIMALS = 6;

	// Values are stored as numeric(24, 6); reject what would not fit rather than round.
	private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Pattern HEAD = Pattern.compile(
			"(?<number>\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)\\s*(?:(?<magnitude>" + Magnitude.pattern()
					+ ")(?![\\p{L}\\p{N}-]))?\\s*(?<plus>\\+)?\\s*(?<percent>%)?\\s*(?<plusAfter>\\+)?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

	private static final Pattern NEGATIVE = Pattern.compile("[-\u2212]\\s*[\\d.].*");

	// "1.2.3" or "1e30": the number goes on in a way the pattern above does not read
	private static final Pattern STRAY = Pattern.compile("(?:[.,]\\d|[eE][+-]?\\d).*");

	private static final Pattern NINES_WORD = Pattern.compile("9s|9's|nines", Pattern.CASE_INSENSITIVE);

	// A bare "99.9%" or "99.999%" is how availability is quoted; "35%" is a share.
	private static final Pattern NINES_VALUE = Pattern.compile("99\\.9+");

	private static final List<Map.Entry<String, Qualifier>> PREFIXES = Arrays.stream(Qualifier.values())
		.flatMap((qualifier) -> qualifier.prefixes().stream().map((prefix) -> Map.entry(prefix, qualifier)))
		.sorted(Comparator.comparingInt((Map.Entry<String, Qualifier> entry) -> entry.getKey().length()).reversed())
		.toList();

	/**
	 * Parses a figure.
	 * @param text the figure as written, e.g. {@code "100k+ containers"}
	 * @return the figure read
	 * @throws MetricParseException if the text cannot be read; its message says why in
	 * words fit to show next to a form field
	 */
	public ParsedMetric parse(String text) {
		String input = checked(text);
		Map.Entry<String, Qualifier> prefix = prefixOf(input);
		String rest = (prefix != null) ? input.substring(prefix.getKey().length()).strip() : input;
		Head head = head(input, rest);
		Qualifier qualifier = qualifier(input, (prefix != null) ? prefix.getValue() : Qualifier.EXACTLY, head);
		List<String> tokens = Tokens.split(head.rest());
		boolean nines = head.isNines(tokens);
		BigDecimal value = nines ? nines(input, head.number()) : head.value();
		MetricUnit percentage = nines ? MetricUnit.AVAILABILITY : (head.percent() ? MetricUnit.PERCENT : null);
		UnitPhrase phrase = UnitPhrase.parse(input, nines ? tokens.subList(1, tokens.size()) : tokens, percentage);
		MetricUnit unit = unit(phrase, head.percent(), value);
		check(input, value, unit, phrase.period());
		return new ParsedMetric(value, unit, qualifier, phrase.period(), phrase.modifier(), phrase.remark(),
				text.strip());
	}

	private static String checked(String text) {
		if (text == null || text.isBlank()) {
			throw Problems.empty(text);
		}
		String input = text.strip();
		if (input.length() > MAX_LENGTH) {
			throw Problems.tooLong(input, MAX_LENGTH);
		}
		// A note often ends like a sentence: "35M QPS."
		input = input.endsWith(".") ? input.substring(0, input.length() - 1) : input;
		return input.replaceAll("\\s+", " ");
	}

	private static Map.Entry<String, Qualifier> prefixOf(String input) {
		for (Map.Entry<String, Qualifier> entry : PREFIXES) {
			String prefix = entry.getKey();
			boolean word = Character.isLetter(prefix.charAt(0));
			if (input.regionMatches(true, 0, prefix, 0, prefix.length()) && (!word || input.length() == prefix.length()
					|| !Character.isLetter(input.charAt(prefix.length())))) {
				return entry;
			}
		}
		return null;
	}

	private static Head head(String input, String rest) {
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
		String after = rest.substring(matcher.end());
		String magnitude = matcher.group("magnitude");
		if (magnitude != null && matcher.group("percent") != null) {
			throw Problems.magnitudeOnPercentage(input);
		}
		return new Head(number, (magnitude != null) ? Magnitude.fromAlias(magnitude) : null,
				matcher.group("plus") != null || matcher.group("plusAfter") != null, matcher.group("percent") != null,
				after.strip());
	}

	private static Qualifier qualifier(String input, Qualifier prefixed, Head head) {
		if (!head.plus() || prefixed == Qualifier.AT_LEAST) {
			return prefixed;
		}
		if (prefixed != Qualifier.EXACTLY) {
			throw Problems.conflictingQualifiers(input);
		}
		return Qualifier.AT_LEAST;
	}

	/**
	 * Turns "5 9s" into 99.999: each nine after the first two adds a decimal place.
	 */
	private static BigDecimal nines(String input, String number) {
		BigDecimal count = new BigDecimal(number.replace(",", ""));
		if (count.stripTrailingZeros().scale() > 0 || count.compareTo(BigDecimal.ONE) < 0
				|| count.compareTo(BigDecimal.valueOf(9)) > 0) {
			throw Problems.badNines(input);
		}
		return HUNDRED.subtract(BigDecimal.ONE.scaleByPowerOfTen(2 - count.intValue()));
	}

	private static MetricUnit unit(UnitPhrase phrase, boolean percentSign, BigDecimal value) {
		boolean bare = phrase.unit().equals(MetricUnit.PERCENT) && phrase.remark().isEmpty();
		if (percentSign && bare && NINES_VALUE.matcher(ParsedMetric.normalize(value).toPlainString()).matches()) {
			return MetricUnit.AVAILABILITY;
		}
		return phrase.unit();
	}

	private static void check(String input, BigDecimal value, MetricUnit unit, Period period) {
		if (ParsedMetric.normalize(value).scale() > MAX_DECIMALS) {
			throw Problems.tooPrecise(input, MAX_DECIMALS);
		}
		if (value.compareTo(LIMIT) >= 0) {
			throw Problems.tooLarge(input);
		}
		if (unit.equals(MetricUnit.AVAILABILITY) && value.compareTo(HUNDRED) > 0) {
			throw Problems.availabilityAbove100(input);
		}
		if (unit.kind() == UnitKind.RATE && period.isTime()) {
			throw Problems.periodOnRate(input, unit, period);
		}
	}

	/**
	 * The number at the start of a figure and what is attached to it.
	 */
	private record Head(String number, Magnitude magnitude, boolean plus, boolean percent, String rest) {

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

}
