package io.talknotes.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the links of the results page: the same search with one filter changed, or
 * another page. The search's parameters are encoded once, for the sixty links of a page's
 * filters.
 * <p>
 * Values are encoded as a form encodes them, {@code +} as {@code %2B}: left as it is, a
 * server reads it as a space, and "KubeCon + CloudNativeCon" would come back as another
 * conference's name. Any string is encoded, also one with a lone surrogate.
 */
final class SearchLinks {

	/** The parameters of a search, in the order a link names them. */
	private static final List<String> NAMES = List.of("q", "conference", "kind", "company", "project", "author");

	private final SearchRequest request;

	/** Each parameter's value as the search has it, in the order of {@link #NAMES}. */
	private final String[] values;

	/** The same values, encoded; null where the search has none. */
	private final String[] encoded;

	private SearchLinks(SearchRequest request) {
		this.request = request;
		this.values = new String[] { request.query().asTyped(), request.conference(),
				(request.kind() != null) ? request.kind().getParameter() : null, request.company(), request.project(),
				request.author() };
		this.encoded = Arrays.stream(this.values).map(SearchLinks::encode).toArray(String[]::new);
	}

	/** The links of a search's results. */
	static SearchLinks of(SearchRequest request) {
		return new SearchLinks(request);
	}

	/**
	 * The same search with one filter set to a value, or removed when the value is null.
	 * @param filter the filter's parameter, e.g. "company"
	 * @param value the value, not yet encoded, or null
	 */
	String with(String filter, String value) {
		String[] parameters = this.encoded.clone();
		parameters[index(filter)] = encode(value);
		return link(parameters, 1);
	}

	/** The same words without any filter. */
	String withoutFilters() {
		String[] parameters = new String[NAMES.size()];
		parameters[0] = this.encoded[0];
		return link(parameters, 1);
	}

	/** The filters the search is narrowed by, each with the link that removes it. */
	List<SearchResults.ActiveFilter> active() {
		List<SearchResults.ActiveFilter> active = new ArrayList<>();
		for (int i = 1; i < NAMES.size(); i++) {
			String name = NAMES.get(i);
			if (this.values[i] != null) {
				String labelKey = "kind".equals(name) ? this.request.kind().getMessageKey() : null;
				active.add(new SearchResults.ActiveFilter(name, this.values[i], labelKey, with(name, null)));
			}
		}
		return active;
	}

	/** The same search, another page. */
	String page(int page) {
		return link(this.encoded, page);
	}

	private static int index(String filter) {
		int index = NAMES.indexOf(filter);
		if (index < 1) {
			throw new IllegalArgumentException("Not a filter of a search: " + filter);
		}
		return index;
	}

	private static String encode(String value) {
		return (value != null && !value.isEmpty()) ? URLEncoder.encode(value, StandardCharsets.UTF_8) : null;
	}

	private static String link(String[] encoded, int page) {
		StringBuilder link = new StringBuilder(128).append("/search");
		char separator = '?';
		for (int i = 0; i < encoded.length; i++) {
			if (encoded[i] != null) {
				link.append(separator).append(NAMES.get(i)).append('=').append(encoded[i]);
				separator = '&';
			}
		}
		if (page > 1) {
			link.append(separator).append("page=").append(page);
		}
		return link.toString();
	}

}
