package io.talknotes.metric.shorthand;

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
		UnitMatcher.Match match = UnitMatcher.find(tokens);
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
		int availability = UnitMatcher.matchLength(MetricUnit.AVAILABILITY, words, 0);
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

}
