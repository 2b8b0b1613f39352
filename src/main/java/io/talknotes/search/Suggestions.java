package io.talknotes.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.web.util.HtmlUtils;

/**
 * Suggests a spelling from what a typo-tolerant search matched: the words it marked in
 * the results are the index's spellings of what was typed.
 */
final class Suggestions {

	private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");

	private Suggestions() {
	}

	/**
	 * The query with each word replaced by the closest word the retry marked, or null
	 * when nothing changes.
	 */
	static String correct(SearchQuery query, List<TalkHit> hits) {
		Set<String> marked = marked(hits);
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : query.words()) {
			String best = closest(word, marked);
			changed |= !best.equals(word);
			corrected.add(best);
		}
		return changed ? String.join(" ", corrected) : null;
	}

	private static Set<String> marked(List<TalkHit> hits) {
		Set<String> words = new LinkedHashSet<>();
		hits.stream()
			.flatMap((hit) -> Stream.of(hit.titleHighlights(), hit.passages(), hit.figureHighlights(),
					hit.abstractHighlights()))
			.flatMap(List::stream)
			.forEach((html) -> {
				Matcher matcher = MARKED.matcher(html);
				while (matcher.find()) {
					words.add(HtmlUtils.htmlUnescape(matcher.group(1)).toLowerCase(Locale.ROOT));
				}
			});
		return words;
	}

	private static String closest(String word, Set<String> candidates) {
		String best = word;
		int bestDistance = 3;
		for (String candidate : candidates) {
			int distance = distance(word, candidate);
			if (distance > 0 && distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** Edit distance, counting a swap of two neighbouring letters as one edit. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			for (int j = 0; j <= b.length(); j++) {
				if (i == 0 || j == 0) {
					d[i][j] = i + j;
					continue;
				}
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
