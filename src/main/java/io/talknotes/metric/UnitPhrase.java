package io.talknotes.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words after a number, read as a unit with optional words before it (the modifier,
 * "Arm-based"), after it (the remark, "shipped") and a period.
 */
record UnitPhrase(MetricUnit unit, Period period, String modifier, String remark) {

	private static final Set<String> CLUSTER_WORDS = Set.of("cluster", "clusters");

	/**
	 * Reads {@code tokens} as a unit phrase.
	 * @param text the whole figure, for error messages
	 * @param tokens the words after the number
	 * @param percentage the unit when the number carried "%" or "9s", otherwise
	 * {@code null}
	 */
	static UnitPhrase parse(String text, List<String> tokens, MetricUnit percentage) {
		if (percentage != null) {
			return percentagePhrase(text, tokens, percentage);
		}
		Match match = Match.find(tokens);
		if (match == null) {
			return unknownPhrase(text, tokens);
		}
		PeriodScan before = PeriodScan.of(text, tokens.subList(0, match.start()));
		PeriodScan after = PeriodScan.of(text, tokens.subList(match.end(), tokens.size()));
		Period period = PeriodScan.either(text, before, after);
		int cluster = indexOfCluster(after.words());
		if (period == Period.NONE && match.attributive() && cluster >= 0) {
			List<String> modifier = new ArrayList<>(before.words());
			modifier.addAll(after.words().subList(0, cluster));
			List<String> remark = after.words().subList(cluster + 1, after.words().size());
			return new UnitPhrase(match.unit(), Period.PER_CLUSTER, Tokens.join(modifier), Tokens.join(remark));
		}
		return new UnitPhrase(match.unit(), period, Tokens.join(before.words()), Tokens.join(after.words()));
	}

	private static UnitPhrase percentagePhrase(String text, List<String> tokens, MetricUnit percentage) {
		PeriodScan scan = PeriodScan.of(text, tokens);
		List<String> words = scan.words();
		int availability = MetricUnit.AVAILABILITY.matchLength(words, 0);
		MetricUnit unit = (availability > 0) ? MetricUnit.AVAILABILITY : percentage;
		return new UnitPhrase(unit, scan.period(), "", Tokens.join(words.subList(availability, words.size())));
	}

	/**
	 * Keeps every word that is not a period as the unit, so that an uncatalogued figure
	 * such as "4k keyspaces" keeps its meaning.
	 */
	private static UnitPhrase unknownPhrase(String text, List<String> tokens) {
		PeriodScan scan = PeriodScan.of(text, tokens);
		if (scan.words().isEmpty()) {
			throw Problems.missingUnit(text);
		}
		return new UnitPhrase(MetricUnit.unknown(Tokens.join(scan.words())), scan.period(), "", "");
	}

	private static int indexOfCluster(List<String> words) {
		List<String> lower = Tokens.lower(words);
		for (int i = 0; i < lower.size(); i++) {
			if (CLUSTER_WORDS.contains(lower.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Where a catalogue unit is named in the tokens.
	 *
	 * @param attributive whether the unit is written in the singular as a noun adjunct,
	 * as "node" in "5000 node clusters", which reads as a count per cluster
	 */
	private record Match(MetricUnit unit, int start, int end, boolean attributive) {

		/**
		 * Finds the earliest, then longest, catalogue unit. A unit right after "per" is
		 * the period's, as "cluster" in "per cluster", and a percentage unit must come
		 * first as "%" would.
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
				int matched = unit.matchLength(tokens, start);
				if (matched > length && (start == 0 || unit.kind() != UnitKind.PERCENTAGE)) {
					best = unit;
					length = matched;
				}
			}
			return (best != null) ? new Match(best, start, start + length, isSingular(best, tokens, start, length))
					: null;
		}

		private static boolean isSingular(MetricUnit unit, List<String> tokens, int start, int length) {
			String written = Tokens.join(tokens.subList(start, start + length));
			return unit.kind() == UnitKind.COUNT && !unit.equals(MetricUnit.CLUSTERS)
					&& written.equalsIgnoreCase(unit.singularName())
					&& !unit.singularName().equalsIgnoreCase(unit.name());
		}

	}

}
