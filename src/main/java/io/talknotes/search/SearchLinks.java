package io.talknotes.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the links of the results page: the same search with one filter changed, or
 * another page.
 */
final class SearchLinks {

	private SearchLinks() {
	}

	/**
	 * The same search with one filter set to a value, or removed when the value is null.
	 */
	static String with(SearchRequest request, String filter, String value) {
		Map<String, String> parameters = parameters(request);
		parameters.put(filter, value);
		return build(parameters, 1);
	}

	/** The same words without any filter. */
	static String withoutFilters(SearchRequest request) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", request.query().asTyped());
		return build(parameters, 1);
	}

	/** The filters the search is narrowed by, each with the link that removes it. */
	static List<SearchResults.ActiveFilter> active(SearchRequest request) {
		List<SearchResults.ActiveFilter> active = new ArrayList<>();
		parameters(request).forEach((name, value) -> {
			if (!"q".equals(name) && value != null) {
				String labelKey = "kind".equals(name) ? request.kind().getMessageKey() : null;
				active.add(new SearchResults.ActiveFilter(name, value, labelKey, with(request, name, null)));
			}
		});
		return active;
	}

	/** The same search, another page. */
	static String page(SearchRequest request, int page) {
		return build(parameters(request), page);
	}

	private static Map<String, String> parameters(SearchRequest request) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", request.query().asTyped());
		parameters.put("conference", request.conference());
		parameters.put("kind", (request.kind() != null) ? request.kind().getParameter() : null);
		parameters.put("company", request.company());
		parameters.put("project", request.project());
		parameters.put("author", request.author());
		return parameters;
	}

	/**
	 * Values are encoded as a form encodes them, {@code +} as {@code %2B}: left as it is,
	 * a server reads it as a space, and "KubeCon + CloudNativeCon" would come back as
	 * another conference's name. Any string is encoded, also one with a lone surrogate.
	 */
	private static String build(Map<String, String> parameters, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
		parameters.forEach((name, value) -> {
			if (value != null && !value.isEmpty()) {
				uri.queryParam(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.build(true).toUriString();
	}

}
