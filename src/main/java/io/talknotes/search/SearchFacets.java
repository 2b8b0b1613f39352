package io.talknotes.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import io.talknotes.talk.TalkKind;

/** The filters offered beside search results, and the index field each one counts. */
enum SearchFacets {

	CONFERENCE("conference", "conference.name_keyword"),

	KIND("kind", "kind"),

	COMPANY("company", "companies.name_keyword"),

	PROJECT("project", "projects.name_keyword"),

	AUTHOR("author", "notes.author");

	/** Values shown per filter, the most frequent first. */
	static final int SHOWN = 12;

	private static final Comparator<Map.Entry<String, Long>> MOST_FREQUENT_FIRST = Map.Entry
		.<String, Long>comparingByValue()
		.reversed()
		.thenComparing(Map.Entry.comparingByKey());

	static final List<String> PATHS = List.of(values()).stream().map(SearchFacets::path).toList();

	/** The request parameter that selects a value. */
	private final String parameter;

	private final String path;

	SearchFacets(String parameter, String path) {
		this.parameter = parameter;
		this.path = path;
	}

	/** The keyword field of a talk's search document. */
	String path() {
		return this.path;
	}

	/** The filter with its most frequent values among the matching talks. */
	SearchResults.Facet facet(Map<String, Long> counts, SearchRequest request) {
		String selected = selectedIn(request);
		List<SearchResults.FacetValue> values = mostFrequent(counts, SHOWN).stream()
			.map((entry) -> value(entry.getKey(), entry.getValue(), selected, request))
			.toList();
		return new SearchResults.Facet(this.parameter, values);
	}

	/**
	 * The {@code limit} values counted most often, ties in alphabetical order. A common
	 * word's talks have hundreds of companies and authors: the few shown are picked
	 * without sorting them all.
	 */
	static List<Map.Entry<String, Long>> mostFrequent(Map<String, Long> counts, int limit) {
		PriorityQueue<Map.Entry<String, Long>> best = new PriorityQueue<>(limit + 1, MOST_FREQUENT_FIRST.reversed());
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			best.add(count);
			if (best.size() > limit) {
				best.poll();
			}
		}
		List<Map.Entry<String, Long>> shown = new ArrayList<>(best);
		shown.sort(MOST_FREQUENT_FIRST);
		return shown;
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

	private SearchResults.FacetValue value(String indexed, long count, String selected, SearchRequest request) {
		boolean isSelected = indexed.equals(selected);
		TalkKind kind = (this == KIND) ? TalkKind.valueOf(indexed) : null;
		String value = (kind != null) ? kind.getParameter() : indexed;
		String label = (kind != null) ? kind.getLabel() : indexed;
		String href = SearchLinks.with(request, this.parameter, isSelected ? null : value);
		return new SearchResults.FacetValue(value, label, count, isSelected, href);
	}

}
