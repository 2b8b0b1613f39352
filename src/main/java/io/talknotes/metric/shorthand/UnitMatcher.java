package io.talknotes.metric.shorthand;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds catalogue units in the words of a figure, comparing tokens so that "queries/s"
 * and "Queries /s" name the same unit.
 */
final class UnitMatcher {

	private static final Map<MetricUnit, List<List<String>>> SYNONYMS = MetricUnit.catalogue()
		.stream()
		.collect(Collectors.toMap(Function.identity(),
				(unit) -> unit.synonyms().stream().map((synonym) -> Tokens.lower(Tokens.split(synonym))).toList()));

	private UnitMatcher() {
	}

	static Optional<MetricUnit> lookup(String words) {
		List<String> tokens = Tokens.split(words);
		return MetricUnit.catalogue()
			.stream()
			.filter((unit) -> !tokens.isEmpty() && matchLength(unit, tokens, 0) == tokens.size())
			.findFirst();
	}

	/**
	 * Returns how many of {@code tokens}, starting at {@code from}, name {@code unit}:
	 * the length of the longest matching synonym, or 0.
	 */
	static int matchLength(MetricUnit unit, List<String> tokens, int from) {
		int longest = 0;
		for (List<String> synonym : SYNONYMS.getOrDefault(unit, List.of())) {
			int end = from + synonym.size();
			if (synonym.size() > longest && end <= tokens.size()
					&& Tokens.lower(tokens.subList(from, end)).equals(synonym)) {
				longest = synonym.size();
			}
		}
		return longest;
	}

	/**
	 * Finds the earliest, then longest, catalogue unit. A unit right after "per" belongs
	 * to the period, as "cluster" in "per cluster", and a percentage unit must come first
	 * as "%" would.
	 * @return the match, or {@code null} if no catalogue unit is named
	 */
	static Match find(List<String> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			if (i > 0 && Tokens.lower(tokens.get(i - 1)).equals("per")) {
				continue;
			}
			Match match = longestAt(tokens, i);
			if (match != null) {
				return match;
			}
		}
		return null;
	}

	private static Match longestAt(List<String> tokens, int start) {
		MetricUnit best = null;
		int length = 0;
		for (MetricUnit unit : MetricUnit.catalogue()) {
			int matched = matchLength(unit, tokens, start);
			if (matched > length && (start == 0 || unit.kind() != UnitKind.PERCENTAGE)) {
				best = unit;
				length = matched;
			}
		}
		return (best != null) ? new Match(best, start, start + length, isAttributive(best, tokens, start, length))
				: null;
	}

	private static boolean isAttributive(MetricUnit unit, List<String> tokens, int start, int length) {
		String written = Tokens.join(tokens.subList(start, start + length));
		return unit.kind() == UnitKind.COUNT && !unit.equals(MetricUnit.CLUSTERS)
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
	record Match(MetricUnit unit, int start, int end, boolean attributive) {

	}

}
