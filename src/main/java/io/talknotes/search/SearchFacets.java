package io.talknotes.search;

import java.util.List;
import java.util.Map;

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
		List<SearchResults.FacetValue> values = counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(SHOWN)
			.map((entry) -> value(entry.getKey(), entry.getValue(), selected, request))
			.toList();
		return new SearchResults.Facet(this.parameter, values);
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
