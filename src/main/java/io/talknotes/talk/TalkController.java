package io.talknotes.talk;

import java.util.function.Supplier;

import io.talknotes.company.CompanyService;
import io.talknotes.conference.ConferenceService;
import io.talknotes.project.ProjectService;
import io.talknotes.system.ItemKind;
import io.talknotes.system.PageParts;
import io.talknotes.system.Redirects;

import org.thymeleaf.context.LazyContextVariable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The talk list with its filters, and the page of one talk with its figures and notes.
 */
@Controller
class TalkController {

	private final TalkService talks;

	private final ConferenceService conferences;

	private final CompanyService companies;

	private final ProjectService projects;

	private final PageParts parts;

	private final FilterSlugs slugs;

	TalkController(TalkService talks, ConferenceService conferences, CompanyService companies, ProjectService projects,
			PageParts parts, FilterSlugs slugs) {
		this.talks = talks;
		this.parts = parts;
		this.slugs = slugs;
		this.conferences = conferences;
		this.companies = companies;
		this.projects = projects;
	}

	@GetMapping("/talks")
	Object list(TalkListQuery query, Model model) {
		TalkListQuery bySlug = query.bySlug(this.slugs);
		if (!bySlug.equals(query)) {
			return Redirects.permanent(bySlug.href());
		}
		TalkFilter filter = query.filter();
		TalkPage page = this.talks.page(filter, query.order(), query.pageNumber(), TalkService.PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("order", query.order());
		model.addAttribute("orders", TalkOrder.values());
		model.addAttribute("page", page);
		model.addAttribute("talks", page.talks());
		model.addAttribute("previousPage", page.hasPrevious() ? query.onPage(page.number() - 1).href() : null);
		model.addAttribute("nextPage", page.hasNext() ? query.onPage(page.number() + 1).href() : null);
		model.addAttribute("kinds", TalkKind.values());
		model.addAttribute("conferences", this.conferences.all());
		model.addAttribute("companies", this.companies.all());
		model.addAttribute("projects", this.projects.all());
		return "talk/list";
	}

	@GetMapping("/talks/{slug}")
	String show(@PathVariable String slug, Model model) {
		TalkDetails talk = this.talks.details(slug);
		model.addAttribute("talk", talk);
		// What the figure form offers to pick, read only when the page shows the form:
		// most
		// readers may not write, and reading every company and project was a sixth of the
		// page's time.
		model.addAttribute("companies", whenShown(this.companies::all));
		model.addAttribute("projects", whenShown(this.projects::all));
		this.parts.addTo(ItemKind.TALK, talk.id(), slug, model);
		return "talk/detail";
	}

	/** A value the template reads only if it shows what needs it. */
	private static <T> LazyContextVariable<T> whenShown(Supplier<T> value) {
		return new LazyContextVariable<>() {

			@Override
			protected T loadValue() {
				return value.get();
			}

		};
	}

}
