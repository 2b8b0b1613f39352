package io.talknotes.search;

import org.apache.lucene.search.IndexSearcher;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search results page.
 */
@Controller
class SearchController {

	static final String TOO_MANY_TERMS = "Your search has more words than can be searched at once. "
			+ "Try fewer words or shorter phrases.";

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(SearchParameters parameters, Model model) {
		SearchQuery query = parameters.query();
		SearchRequest request = parameters.request();
		model.addAttribute("query", query);
		model.addAttribute("searchRequest", request);
		boolean filtered = request.conference() != null || request.kind() != null || request.company() != null
				|| request.project() != null || request.author() != null;
		if (!query.isEmpty() || filtered) {
			try {
				model.addAttribute("results", this.search.search(request));
			}
			catch (IndexSearcher.TooManyClauses ex) {
				// Some long phrases of some scripts analyse to more terms than a query
				// may hold
				model.addAttribute("query", query.withNotice(TOO_MANY_TERMS));
			}
		}
		return "search/results";
	}

}
