package io.talknotes.figure.shorthand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds catalogue units in the words of a figure, comparing tokens so that "queries/s"
 * and "Queries /s" name the same unit.
 */
final class UnitMatcher {

	private final Map<FigureUnit, List<List<String>>> synonyms = new LinkedHashMap<>();

	UnitMatcher(List<FigureUnit> units) {
		units.forEach((unit) -> this.synonyms.put(unit,
				unit.synonyms().stream().map((synonym) -> Tokens.lower(Tokens.split(synonym))).toList()));
	}

	Optional<FigureUnit> lookup(String words) {
		List<String> tokens = Tokens.split(words);
		return this.synonyms.keySet()
			.stream()
			.filter((unit) -> !tokens.isEmpty() && matchLength(unit, tokens, 0) == tokens.size())
			.findFirst();
	}

	/**
	 * Returns how many of {@code tokens}, starting at {@code from}, name {@code unit}:
	 * the length of the longest matching synonym, or 0.
	 */
	int matchLength(FigureUnit unit, List<String> tokens, int from) {
		int longest = 0;
		for (List<String> synonym : this.synonyms.getOrDefault(unit, List.of())) {
			int end = from + synonym.size();
			if (synonym.size() > longest && end <= tokens.size()
					&& Tokens.lower(tokens.subList(from, end)).equals(synonym)) {
				longest = synonym.size();
			}
		}
		return longest;
	}

	/**
	 * Finds the earliest, then longest, catalogue unit. A unit that is part of a period
	 * belongs to it, as "cluster" in "per cluster" and "day" in "a day", and a percentage
	 * unit must come first as "%" would.
	 * @return the match, or {@code null} if no catalogue unit is named
	 */
	Match find(List<String> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			if (i > 0 && isPeriod(tokens.get(i - 1), tokens.get(i))) {
				continue;
			}
			Match match = longestAt(tokens, i);
			if (match != null) {
				return match;
			}
		}
		return null;
	}

	/**
	 * Finds a unit written in the singular or short form at the start of the tokens, as
	 * "second" in "sub-second" or "ms" in "under a ms".
	 * @return the unit, or {@code null}
	 */
	FigureUnit singularAtStart(List<String> tokens) {
		Match match = longestAt(tokens, 0);
		if (match == null) {
			return null;
		}
		String written = Tokens.join(tokens.subList(0, match.end()));
		FigureUnit unit = match.unit();
		boolean single = written.equalsIgnoreCase(unit.singularName()) || written.equalsIgnoreCase(unit.shortForm());
		return single ? unit : null;
	}

	private static boolean isPeriod(String before, String token) {
		String word = Tokens.lower(before);
		return word.equals("per") || ((word.equals("a") || word.equals("an"))
				&& Period.fromPhrase(word + " " + Tokens.lower(token)).isPresent());
	}

	private Match longestAt(List<String> tokens, int start) {
		FigureUnit best = null;
		int length = 0;
		for (FigureUnit unit : this.synonyms.keySet()) {
			int matched = matchLength(unit, tokens, start);
			if (matched > length && (start == 0 || unit.kind() != UnitKind.PERCENTAGE)) {
				best = unit;
				length = matched;
			}
		}
		return (best != null) ? new Match(best, start, start + length, isAttributive(best, tokens, start, length))
				: null;
	}

	private static boolean isAttributive(FigureUnit unit, List<String> tokens, int start, int length) {
		String written = Tokens.join(tokens.subList(start, start + length));
		return unit.kind() == UnitKind.COUNT && !unit.equals(FigureUnit.CLUSTERS)
				&& written.equalsIgnoreCase(unit.singularName()) && !unit.singularName().equalsIgnoreCase(unit.name());
	}

	/**
	 * Where a catalogue unit is named in the tokens.
	 *
	 * @param unit the unit
	 * @param start the index of its first token
	 * @param end the index after its last token
	 * @param attributive whether the unit is written in the singular as a noun adjunct,
	 * as "node" in "5000 node clusters", which reads as a count per cluster
	 */
	record Match(FigureUnit unit, int start, int end, boolean attributive) {

	}

}
