package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written as words at the start of a figure: "twelve", "twenty-five", "a
 * dozen", "a million", "three hundred thousand", and the plurals that give a floor:
 * "hundreds of" is at least 100, "tens of thousands of" at least 10,000. The floor is the
 * least the words can mean, so that the figure never overstates what was said.
 */
final class NumberWords {

	private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
			Map.entry("ninety", 90));

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

	private static final Map<String, BigDecimal> SCALES = Map.of("dozen", BigDecimal.valueOf(12), "hundred",
			BigDecimal.valueOf(100), "thousand", THOUSAND, "million", power(6), "billion", power(9), "trillion",
			power(12));

	private static final Map<String, BigDecimal> PLURALS = Map.of("tens", BigDecimal.TEN, "dozens",
			BigDecimal.valueOf(12), "hundreds", BigDecimal.valueOf(100), "thousands", THOUSAND, "millions", power(6),
			"billions", power(9), "trillions", power(12));

	private static final Pattern WORD = Pattern.compile("\\S+");

	private NumberWords() {
	}

	private static BigDecimal power(int exponent) {
		return BigDecimal.ONE.scaleByPowerOfTen(exponent);
	}

	/**
	 * Reads the number words at the start of {@code text}.
	 * @return the number, the qualifier the words imply and the text after them; empty
	 * when the text does not start with a number in words
	 */
	static Optional<Reading> read(String text) {
		List<Word> words = words(text);
		Optional<Reading> plural = plural(text, words);
		return plural.isPresent() ? plural : cardinal(text, words);
	}

	/** Whether {@code text} starts with a number in words. */
	static boolean startsWithNumber(String text) {
		return read(text).isPresent();
	}

	private static Optional<Reading> plural(String text, List<Word> words) {
		int i = 0;
		BigDecimal value = BigDecimal.ONE;
		while (i < words.size() && PLURALS.containsKey(words.get(i).lower())) {
			value = value.multiply(PLURALS.get(words.get(i).lower()));
			i++;
			boolean of = i < words.size() && words.get(i).lower().equals("of");
			if (of) {
				i++;
			}
			if (!of || i >= words.size() || !PLURALS.containsKey(words.get(i).lower())) {
				break;
			}
		}
		return (i == 0) ? Optional.empty() : Optional.of(reading(value, Qualifier.AT_LEAST, text, words, i));
	}

	/**
	 * Reads "twelve", "one hundred and twenty", "a dozen", "half a dozen" or "a million":
	 * each scale multiplies what came before it, and thousands and above close a group.
	 */
	private static Optional<Reading> cardinal(String text, List<Word> words) {
		if (startsWith(words, "half", "a", "dozen")) {
			return Optional.of(reading(BigDecimal.valueOf(6), Qualifier.EXACTLY, text, words, 3));
		}
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal group = BigDecimal.ZERO;
		boolean read = false;
		int i = 0;
		if (words.size() > 1 && (startsWith(words, "a") || startsWith(words, "an"))
				&& SCALES.containsKey(words.get(1).lower())) {
			group = BigDecimal.ONE;
			i = 1;
		}
		for (; i < words.size(); i++) {
			String word = words.get(i).lower();
			if (SMALL.containsKey(word)) {
				group = group.add(BigDecimal.valueOf(SMALL.get(word)));
			}
			else if (word.equals("and") && read && i + 1 < words.size() && isNumber(words.get(i + 1).lower())) {
				continue;
			}
			else if (SCALES.containsKey(word) && (read || group.signum() > 0)) {
				BigDecimal scaled = group.max(BigDecimal.ONE).multiply(SCALES.get(word));
				boolean closes = SCALES.get(word).compareTo(THOUSAND) >= 0;
				total = closes ? total.add(scaled) : total;
				group = closes ? BigDecimal.ZERO : scaled;
			}
			else {
				break;
			}
			read = true;
		}
		return read ? Optional.of(reading(total.add(group), Qualifier.EXACTLY, text, words, i)) : Optional.empty();
	}

	private static boolean startsWith(List<Word> words, String... expected) {
		if (words.size() < expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if (!words.get(i).lower().equals(expected[i])) {
				return false;
			}
		}
		return true;
	}

	private static boolean isNumber(String word) {
		return SMALL.containsKey(word) || SCALES.containsKey(word);
	}

	private static Reading reading(BigDecimal value, Qualifier qualifier, String text, List<Word> words, int used) {
		String rest = (used < words.size()) ? text.substring(words.get(used).start()) : "";
		return new Reading(value, qualifier, rest);
	}

	/**
	 * Splits the text into words, reading "twenty-five" as two words but keeping where
	 * each starts, so that the text after the number is kept exactly as written.
	 */
	private static List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			String chunk = matcher.group();
			String[] parts = chunk.split("-", -1);
			boolean hyphenated = parts.length == 2 && SMALL.containsKey(Tokens.lower(parts[0]))
					&& SMALL.containsKey(Tokens.lower(parts[1]));
			if (hyphenated) {
				words.add(new Word(parts[0], matcher.start()));
				words.add(new Word(parts[1], matcher.start() + parts[0].length() + 1));
			}
			else {
				words.add(new Word(chunk, matcher.start()));
			}
		}
		return words;
	}

	/**
	 * A number read from words.
	 *
	 * @param value the number
	 * @param qualifier {@link Qualifier#AT_LEAST} for plurals such as "hundreds of",
	 * otherwise {@link Qualifier#EXACTLY}
	 * @param rest the text after the number words
	 */
	record Reading(BigDecimal value, Qualifier qualifier, String rest) {

	}

	private record Word(String text, int start) {

		String lower() {
			return Tokens.lower(this.text);
		}

	}

}
