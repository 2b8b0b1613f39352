package io.talknotes.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.talknotes.system.ItemKind;
import io.talknotes.system.Redirects;
import io.talknotes.talk.FilterSlugs;

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

	private final TalkSearch search;

	private final FilterSlugs slugs;

	SearchController(TalkSearch search, FilterSlugs slugs) {
		this.search = search;
		this.slugs = slugs;
	}

	@GetMapping("/search")
	Object search(SearchParameters parameters, Model model) {
		SearchQuery query = parameters.query();
		SearchRequest request = parameters.request();
		Optional<String> conference = this.slugs.slugFor(ItemKind.CONFERENCE, request.conference());
		Optional<String> company = this.slugs.slugFor(ItemKind.COMPANY, request.company());
		Optional<String> project = this.slugs.slugFor(ItemKind.PROJECT, request.project());
		if (conference.isPresent() || company.isPresent() || project.isPresent()) {
			SearchRequest bySlug = new SearchRequest(query, conference.orElse(request.conference()), request.kind(),
					company.orElse(request.company()), project.orElse(request.project()), request.author(),
					request.page());
			return Redirects.permanent(SearchLinks.page(bySlug, bySlug.page()));
		}
		Map<String, String> names = new HashMap<>();
		this.slugs.nameFor(ItemKind.CONFERENCE, request.conference())
			.ifPresent((name) -> names.put("conference", name));
		this.slugs.nameFor(ItemKind.COMPANY, request.company()).ifPresent((name) -> names.put("company", name));
		this.slugs.nameFor(ItemKind.PROJECT, request.project()).ifPresent((name) -> names.put("project", name));
		model.addAttribute("filterNames", names);
		model.addAttribute("query", query);
		model.addAttribute("searchRequest", request);
		boolean filtered = request.conference() != null || request.kind() != null || request.company() != null
				|| request.project() != null || request.author() != null;
		if (!query.isEmpty() || filtered) {
			try {
				model.addAttribute("results", this.search.search(request));
			}
			catch (SearchTooLargeException ex) {
				model.addAttribute("query", query.withNotice(TOO_MANY_TERMS));
			}
		}
		return "search/results";
	}

}
