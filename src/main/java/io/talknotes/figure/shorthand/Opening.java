package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What comes before the digits of a figure: a percentile ("p99", with words such as
 * "latency of"), a qualifier ("~", "under", "sub-"), and a number written in words ("a
 * dozen", "hundreds of"), which is turned into digits so that the rest of the parser
 * reads "a dozen clusters" as "12 clusters". After a comparative, a unit in the singular
 * stands for one of it: "sub-second" is under 1 second, "under a minute" under 1 minute.
 *
 * @param percentile the percentile, or {@code null}
 * @param qualifier the qualifier written or implied by the words
 * @param words words between the percentile and the number, such as "latency"
 * @param rest the figure from its number on, with number words as digits
 */
record Opening(BigDecimal percentile, Qualifier qualifier, List<String> words, String rest) {

	private static final Set<String> CONNECTORS = Set.of("of", "is", "was", "at", "=", ":", "-", "–");

	private static final List<Map.Entry<String, Qualifier>> PREFIXES = Arrays.stream(Qualifier.values())
		.flatMap((qualifier) -> qualifier.prefixes().stream().map((prefix) -> Map.entry(prefix, qualifier)))
		.sorted(Comparator.comparingInt((Map.Entry<String, Qualifier> entry) -> entry.getKey().length()).reversed())
		.toList();

	static Opening read(String input, UnitMatcher units) {
		String rest = input;
		BigDecimal percentile = null;
		List<String> words = new ArrayList<>();
		Matcher leading = Percentile.leading(rest);
		if (leading != null) {
			percentile = Percentile.of(leading);
			rest = rest.substring(leading.end()).strip();
			while (!rest.isEmpty() && !startsFigure(rest)) {
				String[] split = rest.split(" ", 2);
				String word = split[0].replaceAll("[:=]+$", "");
				if (!word.isEmpty() && !CONNECTORS.contains(Tokens.lower(word))) {
					words.add(word);
				}
				rest = (split.length > 1) ? split[1] : "";
			}
		}
		Map.Entry<String, Qualifier> prefix = prefixOf(rest);
		Qualifier qualifier = (prefix != null) ? prefix.getValue() : Qualifier.EXACTLY;
		rest = (prefix != null) ? rest.substring(prefix.getKey().length()).strip() : rest;
		Optional<NumberWords.Reading> number = NumberWords.read(rest);
		if (number.isPresent()) {
			qualifier = combine(input, qualifier, number.get().qualifier());
			rest = number.get().value().toPlainString() + " " + number.get().rest();
		}
		else if (qualifier != Qualifier.EXACTLY) {
			rest = impliedOne(rest, units);
		}
		return new Opening(percentile, qualifier, List.copyOf(words), rest.strip());
	}

	/**
	 * Whether a percentile is followed by the figure itself rather than words about it.
	 */
	private static boolean startsFigure(String text) {
		char first = text.charAt(0);
		return Character.isDigit(first) || first == '.' || first == '-' || first == '\u2212' || prefixOf(text) != null
				|| NumberWords.startsWithNumber(text);
	}

	static Map.Entry<String, Qualifier> prefixOf(String input) {
		for (Map.Entry<String, Qualifier> entry : PREFIXES) {
			String prefix = entry.getKey();
			boolean word = Character.isLetter(prefix.charAt(prefix.length() - 1));
			if (input.regionMatches(true, 0, prefix, 0, prefix.length()) && (!word || input.length() == prefix.length()
					|| !Character.isLetter(input.charAt(prefix.length())))) {
				return entry;
			}
		}
		return null;
	}

	/**
	 * "hundreds of" means at least; a qualifier before it may only say so too.
	 */
	private static Qualifier combine(String input, Qualifier written, Qualifier implied) {
		if (implied == Qualifier.EXACTLY || written == implied) {
			return written;
		}
		if (written != Qualifier.EXACTLY) {
			throw Problems.pluralWithQualifier(input);
		}
		return implied;
	}

	/**
	 * Reads "second" in "sub-second" or "a minute" in "under a minute" as one of the
	 * unit.
	 */
	private static String impliedOne(String rest, UnitMatcher units) {
		List<String> tokens = Tokens.split(rest);
		boolean article = !tokens.isEmpty()
				&& (Tokens.lower(tokens.get(0)).equals("a") || Tokens.lower(tokens.get(0)).equals("an"));
		String unitFirst = !article ? rest : rest.contains(" ") ? rest.substring(rest.indexOf(' ') + 1) : "";
		List<String> unitTokens = article ? tokens.subList(1, tokens.size()) : tokens;
		FigureUnit unit = unitTokens.isEmpty() ? null : units.singularAtStart(unitTokens);
		return (unit != null && unit.kind() != UnitKind.PERCENTAGE) ? "1 " + unitFirst : rest;
	}

}
