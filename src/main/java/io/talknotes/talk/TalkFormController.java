package io.talknotes.talk;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.talknotes.company.Company;
import io.talknotes.company.CompanyService;
import io.talknotes.conference.Conference;
import io.talknotes.conference.ConferenceService;
import io.talknotes.project.Project;
import io.talknotes.project.ProjectService;
import io.talknotes.system.NamedEntity;
import io.talknotes.system.NamedLink;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, editing, cancelling and deleting talks. A form that does not pass comes back
 * with what was typed and a message next to each field; a talk that notes or figures are
 * about is not deleted, and its delete page offers to mark it cancelled instead.
 */
@Controller
class TalkFormController {

	private final TalkService talks;

	private final TalkEditing editing;

	private final ConferenceService conferences;

	private final CompanyService companies;

	private final ProjectService projects;

	TalkFormController(TalkService talks, TalkEditing editing, ConferenceService conferences, CompanyService companies,
			ProjectService projects) {
		this.talks = talks;
		this.editing = editing;
		this.conferences = conferences;
		this.companies = companies;
		this.projects = projects;
	}

	@GetMapping("/talks/new")
	String addForm(@RequestParam(required = false) String conference, Model model) {
		TalkForm form = TalkForm.blank(conference);
		model.addAttribute("talkForm", form);
		return form(null, choices(conference, form), model);
	}

	@PostMapping("/talks")
	String add(@Valid @ModelAttribute("talkForm") TalkForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Choices choices = choices(form.conference(), form);
		TalkFormChecks.check(form, choices.conference(), choices.offered(), result);
		if (result.hasErrors()) {
			return form(null, choices, model);
		}
		String slug = this.editing.create(form);
		redirect.addFlashAttribute("message", "talk.added");
		return "redirect:/talks/" + slug;
	}

	@GetMapping("/talks/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		TalkDetails talk = this.talks.details(slug);
		TalkForm form = this.editing.formFor(slug);
		model.addAttribute("talkForm", form);
		return form(talk, choices(talk.conference().slug(), form), model);
	}

	/** Saves an edit; the talk stays in its conference, whatever the form names. */
	@PostMapping("/talks/{slug}")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("talkForm") TalkForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TalkDetails talk = this.talks.details(slug);
		Choices choices = choices(talk.conference().slug(), form);
		TalkFormChecks.check(form, choices.conference(), choices.offered(), result);
		if (result.hasErrors()) {
			return form(talk, choices, model);
		}
		String now = this.editing.update(slug, form);
		redirect.addFlashAttribute("message", now.equals(slug) ? "talk.saved" : "talk.renamed");
		return "redirect:/talks/" + now;
	}

	@GetMapping("/talks/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		model.addAttribute("talk", this.talks.details(slug));
		model.addAttribute("usage", this.editing.usage(slug));
		return "talk/delete";
	}

	@PostMapping("/talks/{slug}/delete")
	String delete(@PathVariable String slug, Model model, RedirectAttributes redirect) {
		try {
			String conference = this.editing.delete(slug);
			redirect.addFlashAttribute("message", "talk.deleted");
			return "redirect:/conferences/" + conference;
		}
		catch (TalkInUseException ex) {
			model.addAttribute("talk", this.talks.details(slug));
			model.addAttribute("usage", ex.getUsage());
			return "talk/delete";
		}
	}

	@PostMapping("/talks/{slug}/cancel")
	String cancel(@PathVariable String slug, RedirectAttributes redirect) {
		this.editing.cancel(slug);
		redirect.addFlashAttribute("message", "talk.cancelled");
		return "redirect:/talks/" + slug;
	}

	@PostMapping("/talks/{slug}/reinstate")
	String reinstate(@PathVariable String slug, RedirectAttributes redirect) {
		this.editing.reinstate(slug);
		redirect.addFlashAttribute("message", "talk.reinstated");
		return "redirect:/talks/" + slug;
	}

	private String form(TalkDetails talk, Choices choices, Model model) {
		model.addAttribute("talk", talk);
		model.addAttribute("conference", choices.conference());
		model.addAttribute("conferences", choices.conferences());
		model.addAttribute("kinds", TalkKind.values());
		model.addAttribute("speakers", choices.speakers());
		model.addAttribute("companies", choices.companies());
		model.addAttribute("projects", choices.projects());
		return "talk/form";
	}

	/** What the form offers to choose from, for the talk's conference. */
	private Choices choices(String conferenceSlug, TalkForm form) {
		List<Conference> all = this.conferences.all();
		Conference conference = all.stream()
			.filter((candidate) -> candidate.getSlug().equals(conferenceSlug))
			.findFirst()
			.orElse(null);
		return new Choices(conference, all, this.talks.speakerChoices(conferenceSlug, form.speakerSlugs()),
				this.companies.all(), this.projects.all());
	}

	private record Choices(Conference conference, List<Conference> conferences, List<NamedLink> speakers,
			List<Company> companies, List<Project> projects) {

		TalkFormChecks.Choices offered() {
			return new TalkFormChecks.Choices(slugs(this.speakers, NamedLink::slug),
					slugs(this.companies, NamedEntity::getSlug), slugs(this.projects, NamedEntity::getSlug));
		}

		private static <T> Set<String> slugs(List<T> items, Function<? super T, String> slug) {
			return items.stream().map(slug).collect(Collectors.toSet());
		}

	}

}
