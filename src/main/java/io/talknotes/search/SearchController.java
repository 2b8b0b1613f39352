package io.talknotes.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Timer;
import io.talknotes.system.ItemKind;
import io.talknotes.system.Redirects;
import io.talknotes.talk.FilterSlugs;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The search results page.
 */
@Controller
class SearchController {

	private final TalkSearch search;

	private final FilterSlugs slugs;

	private final Timer timer;

	SearchController(TalkSearch search, FilterSlugs slugs, Timer searchTimer) {
		this.search = search;
		this.slugs = slugs;
		this.timer = searchTimer;
	}

	@GetMapping("/search")
	Object search(SearchParameters parameters, @RequestHeader(name = "HX-Request", required = false) String live,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model,
			HttpServletResponse response) {
		SearchQuery query = parameters.query();
		SearchRequest request = parameters.request();
		Optional<String> conference = this.slugs.slugFor(ItemKind.CONFERENCE, request.conference());
		Optional<String> company = this.slugs.slugFor(ItemKind.COMPANY, request.company());
		Optional<String> project = this.slugs.slugFor(ItemKind.PROJECT, request.project());
		if (conference.isPresent() || company.isPresent() || project.isPresent()) {
			SearchRequest bySlug = new SearchRequest(query, conference.orElse(request.conference()), request.kind(),
					company.orElse(request.company()), project.orElse(request.project()), request.author(),
					request.page());
			return Redirects.permanent(SearchLinks.of(bySlug).page(bySlug.page()));
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
				model.addAttribute("results", this.timer.record(() -> this.search.search(request)));
			}
			catch (SearchTooLargeException ex) {
				model.addAttribute("query", query.withNotice(SearchNotice.TOO_MANY_WORDS));
			}
		}
		// While typing, only the results are sent; going back in history gets the page.
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		return (live != null && restore == null) ? "search/live" : "search/results";
	}

}
