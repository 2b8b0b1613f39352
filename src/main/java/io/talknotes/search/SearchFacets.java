package io.talknotes.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import io.talknotes.talk.TalkKind;

/** The filters offered beside search results, and the index field each one counts. */
enum SearchFacets {

	CONFERENCE("conference", "conference"),

	KIND("kind", null),

	COMPANY("company", "companies"),

	PROJECT("project", "projects"),

	AUTHOR("author", null);

	/** Values shown per filter, the most frequent first. */
	static final int SHOWN = 12;

	private static final Comparator<Map.Entry<String, Long>> MOST_FREQUENT_FIRST = SearchFacets::compareMostFrequentFirst;

	private static final Comparator<Map.Entry<String, Long>> LEAST_FREQUENT_FIRST = (a,
			b) -> compareMostFrequentFirst(b, a);

	static final List<String> PATHS = List.of(values()).stream().map(SearchFacets::countedPath).toList();

	/** The request parameter that selects a value. */
	private final String parameter;

	/**
	 * For a conference, company or project, the object field of the talk that names it.
	 */
	private final String named;

	SearchFacets(String parameter, String named) {
		this.parameter = parameter;
		this.named = named;
	}

	/** The keyword field of a talk's search document whose values are counted. */
	String countedPath() {
		return switch (this) {
			case KIND -> "kind";
			case AUTHOR -> "notes.author";
			default -> this.named + "." + NamedItemFacetBinder.FACET;
		};
	}

	/** The keyword field of a talk's search document that a chosen value filters on. */
	String filteredPath() {
		return (this.named != null) ? this.named + "." + NamedItemFacetBinder.SLUG : countedPath();
	}

	/** The filter with its most frequent values among the matching talks. */
	SearchResults.Facet facet(Map<String, Long> counts, SearchRequest request) {
		String selected = selectedIn(request);
		SearchLinks links = SearchLinks.of(request);
		List<SearchResults.FacetValue> values = mostFrequent(counts, SHOWN).stream()
			.map((entry) -> value(entry.getKey(), entry.getValue(), selected, links))
			.toList();
		return new SearchResults.Facet(this.parameter, values);
	}

	/**
	 * The {@code limit} values counted most often, ties in alphabetical order. A common
	 * word's talks have hundreds of companies and authors: the few shown are picked
	 * without sorting them all: once {@code limit} are kept, a value is compared with the
	 * least of them only, and most go no further.
	 */
	static List<Map.Entry<String, Long>> mostFrequent(Map<String, Long> counts, int limit) {
		PriorityQueue<Map.Entry<String, Long>> best = new PriorityQueue<>(limit + 1, LEAST_FREQUENT_FIRST);
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			if (best.size() < limit) {
				best.add(count);
			}
			else if (limit > 0 && compareMostFrequentFirst(count, best.peek()) < 0) {
				best.poll();
				best.add(count);
			}
		}
		List<Map.Entry<String, Long>> shown = new ArrayList<>(best);
		shown.sort(MOST_FREQUENT_FIRST);
		return shown;
	}

	private static int compareMostFrequentFirst(Map.Entry<String, Long> a, Map.Entry<String, Long> b) {
		int byCount = Long.compare(b.getValue(), a.getValue());
		return (byCount != 0) ? byCount : a.getKey().compareTo(b.getKey());
	}

	private String selectedIn(SearchRequest request) {
		return switch (this) {
			case CONFERENCE -> request.conference();
			case KIND -> (request.kind() != null) ? request.kind().name() : null;
			case COMPANY -> request.company();
			case PROJECT -> request.project();
			case AUTHOR -> request.author();
		};
	}

	private SearchResults.FacetValue value(String indexed, long count, String selected, SearchLinks links) {
		TalkKind kind = (this == KIND) ? TalkKind.valueOf(indexed) : null;
		String value = (kind != null) ? kind.getParameter() : indexed;
		String label = indexed;
		if (this.named != null) {
			value = NamedItemFacetBinder.slugOf(indexed);
			label = NamedItemFacetBinder.nameOf(indexed);
		}
		boolean isSelected = (kind != null) ? indexed.equals(selected) : value.equals(selected);
		String href = links.with(this.parameter, isSelected ? null : value);
		return new SearchResults.FacetValue(value, label, (kind != null) ? kind.getMessageKey() : null, count,
				isSelected, href);
	}

}
