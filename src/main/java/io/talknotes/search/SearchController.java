package io.talknotes.search;

import io.talknotes.talk.TalkKind;
import org.apache.lucene.search.IndexSearcher;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String conference,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String company,
			@RequestParam(required = false) String project, @RequestParam(required = false) String author,
			@RequestParam(defaultValue = "1") String page, Model model) {
		SearchQuery query = SearchQuery.parse(q);
		SearchRequest request = new SearchRequest(query, blankToNull(conference), TalkKind.fromParameter(kind),
				blankToNull(company), blankToNull(project), blankToNull(author), pageNumber(page));
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

	private static int pageNumber(String page) {
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
