package io.talknotes.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param hits the talks on this page, best first
 * @param total how many talks matched
 * @param page this page's number, from 1
 * @param facets counts of the matching talks per conference, kind, company, project and
 * author
 * @param suggestion a corrected spelling when the query as typed matched nothing, else
 * null
 * @param index the state of the index, to say when results may be incomplete
 * @param tookMillis how long the search took
 * @param request the search these are the results of
 */
public record SearchResults(List<TalkHit> hits, long total, int page, List<Facet> facets, String suggestion,
		IndexStatus index, long tookMillis, SearchRequest request) {

	/** How many pages the results fill, at most {@link SearchRequest#MAX_PAGE}. */
	public int pageCount() {
		long pages = (this.total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE;
		return (int) Math.min(pages, SearchRequest.MAX_PAGE);
	}

	/** Whether there is a page after this one. */
	public boolean hasNext() {
		return this.page < pageCount();
	}

	/** Whether there is a page before this one. */
	public boolean hasPrevious() {
		return this.page > 1;
	}

	/** Link to the next page. */
	public String nextHref() {
		return SearchLinks.of(this.request).page(this.page + 1);
	}

	/** Link to the previous page. */
	public String previousHref() {
		return SearchLinks.of(this.request).page(this.page - 1);
	}

	/**
	 * The filters worth offering: the values chosen, and those that leave fewer talks
	 * than all found. A value every talk found has narrows nothing, so with one talk
	 * found only the chosen values are left.
	 */
	public List<Facet> narrowingFacets() {
		return this.facets.stream()
			.map((facet) -> new Facet(facet.name(),
					facet.values().stream().filter((value) -> value.selected() || value.count() < this.total).toList()))
			.filter((facet) -> !facet.values().isEmpty())
			.toList();
	}

	/** The filters the search is narrowed by, each with the link that removes it. */
	public List<ActiveFilter> activeFilters() {
		return SearchLinks.of(this.request).active();
	}

	/** The same words without any filter. */
	public String clearFiltersHref() {
		return SearchLinks.of(this.request).withoutFilters();
	}

	/**
	 * A filter the search is narrowed by.
	 *
	 * @param name the request parameter, e.g. "company"
	 * @param label the value as shown, when {@code labelKey} is {@code null}
	 * @param labelKey the message that names the value, such as a talk's kind, or
	 * {@code null}
	 * @param removeHref the same search without this filter
	 */
	public record ActiveFilter(String name, String label, String labelKey, String removeHref) {

	}

	/**
	 * The values of one filter among the results.
	 *
	 * @param name the request parameter, e.g. "company"
	 * @param values each value with how many matching talks have it
	 */
	public record Facet(String name, List<FacetValue> values) {

	}

	/**
	 * A filter value and how many matching talks have it.
	 *
	 * @param value the value as sent in the request
	 * @param label the value as shown, when {@code labelKey} is {@code null}
	 * @param labelKey the message that names the value, such as a talk's kind, or
	 * {@code null}
	 * @param count how many matching talks have it
	 * @param selected whether the results are filtered on it
	 * @param href the same search with this value selected, or removed when selected
	 */
	public record FacetValue(String value, String label, String labelKey, long count, boolean selected, String href) {

	}

}
