package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words after a number, read as a unit with optional words before it (the modifier,
 * "Arm-based"), after it (the remark, "shipped"), a period and, for durations, sizes and
 * bandwidths, a percentile ("250 µs p99").
 */
record UnitPhrase(FigureUnit unit, Period period, String modifier, String remark, BigDecimal percentile) {

	private static final Set<String> CLUSTER_WORDS = Set.of("cluster", "clusters");

	/**
	 * Reads {@code tokens} as a unit phrase.
	 * @param text the whole figure, for error messages
	 * @param tokens the words after the number
	 * @param percentage the unit when the number carried "%" or "9s", otherwise
	 * {@code null}
	 * @param units the units that can be named
	 */
	static UnitPhrase parse(String text, List<String> tokens, FigureUnit percentage, UnitMatcher units) {
		if (percentage != null) {
			return percentagePhrase(text, tokens, percentage, units);
		}
		UnitMatcher.Match match = units.find(tokens);
		if (match == null) {
			return unknownPhrase(text, tokens);
		}
		boolean measured = match.unit().kind().takesPercentile();
		List<BigDecimal> percentiles = new ArrayList<>();
		List<String> beforeWords = measured ? withoutPercentiles(tokens.subList(0, match.start()), percentiles)
				: tokens.subList(0, match.start());
		List<String> afterWords = measured ? withoutPercentiles(tokens.subList(match.end(), tokens.size()), percentiles)
				: tokens.subList(match.end(), tokens.size());
		if (percentiles.size() > 1) {
			throw Problems.twoPercentiles(text);
		}
		BigDecimal percentile = percentiles.isEmpty() ? null : percentiles.get(0);
		PeriodScan before = PeriodScan.of(text, beforeWords);
		PeriodScan after = PeriodScan.of(text, afterWords);
		Period period = PeriodScan.either(text, before, after);
		int cluster = indexOfCluster(after.words());
		if (period == Period.NONE && match.attributive() && cluster >= 0) {
			List<String> modifier = new ArrayList<>(before.words());
			modifier.addAll(after.words().subList(0, cluster));
			List<String> remark = after.words().subList(cluster + 1, after.words().size());
			return new UnitPhrase(match.unit(), Period.PER_CLUSTER, Tokens.join(modifier), Tokens.join(remark),
					percentile);
		}
		return new UnitPhrase(match.unit(), period, Tokens.join(before.words()), Tokens.join(after.words()),
				percentile);
	}

	private static UnitPhrase percentagePhrase(String text, List<String> tokens, FigureUnit percentage,
			UnitMatcher units) {
		PeriodScan scan = PeriodScan.of(text, tokens);
		List<String> words = scan.words();
		int availability = units.matchLength(FigureUnit.AVAILABILITY, words, 0);
		FigureUnit unit = (availability > 0) ? FigureUnit.AVAILABILITY : percentage;
		return new UnitPhrase(unit, scan.period(), "", Tokens.join(words.subList(availability, words.size())), null);
	}

	/**
	 * Keeps every word that is not a period as the unit, so that an uncatalogued figure
	 * such as "4k keyspaces" keeps its meaning. Words that name a unit once the period
	 * between them is taken out ("12 /day %") are that unit.
	 */
	private static UnitPhrase unknownPhrase(String text, List<String> tokens) {
		PeriodScan scan = PeriodScan.of(text, tokens);
		if (scan.words().isEmpty()) {
			throw Problems.missingUnit(text);
		}
		String words = Tokens.join(scan.words());
		FigureUnit unit = FigureUnit.lookup(words).orElseGet(() -> FigureUnit.unknown(words));
		return new UnitPhrase(unit, scan.period(), "", "", null);
	}

	private static List<String> withoutPercentiles(List<String> words, List<BigDecimal> percentiles) {
		List<String> kept = new ArrayList<>();
		for (String word : words) {
			BigDecimal percentile = Percentile.ofToken(word);
			if (percentile != null) {
				percentiles.add(percentile);
			}
			else {
				kept.add(word);
			}
		}
		return kept;
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
