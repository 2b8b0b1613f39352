package io.talknotes.search;

import java.util.LinkedHashMap;
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

	private static String build(Map<String, String> parameters, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
		parameters.forEach((name, value) -> {
			if (value != null && !value.isEmpty()) {
				uri.queryParam(name, value);
			}
		});
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

}
