package io.talknotes.speaker;

import io.talknotes.company.CompanyService;
import io.talknotes.system.NameTakenException;
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
 * Adding, changing and deleting speakers by hand. A form that does not validate comes
 * back with what was typed and a message next to each field.
 */
@Controller
class SpeakerFormController {

	private final SpeakerService speakers;

	private final CompanyService companies;

	SpeakerFormController(SpeakerService speakers, CompanyService companies) {
		this.speakers = speakers;
		this.companies = companies;
	}

	/** The form for a new speaker, for the company named if any (from its page). */
	@GetMapping("/speakers/new")
	String addForm(@RequestParam(required = false) String company, Model model) {
		model.addAttribute("speakerForm", SpeakerForm.forCompany(company));
		return form(null, model);
	}

	@PostMapping("/speakers")
	String add(@Valid @ModelAttribute("speakerForm") SpeakerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				SpeakerDetails speaker = this.speakers.create(form);
				redirect.addFlashAttribute("message", "speaker.created");
				return "redirect:/speakers/" + speaker.slug();
			}
			catch (NameTakenException ex) {
				nameTaken(ex, result);
			}
		}
		return form(null, model);
	}

	@GetMapping("/speakers/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		SpeakerDetails speaker = this.speakers.get(slug);
		model.addAttribute("speakerForm", SpeakerForm.of(speaker));
		return form(speaker, model);
	}

	@PostMapping("/speakers/{slug}")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("speakerForm") SpeakerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		SpeakerDetails current = this.speakers.get(slug);
		if (!result.hasErrors()) {
			try {
				SpeakerDetails speaker = this.speakers.update(slug, form);
				redirect.addFlashAttribute("message", "speaker.saved");
				return "redirect:/speakers/" + speaker.slug();
			}
			catch (NameTakenException ex) {
				nameTaken(ex, result);
			}
		}
		return form(current, model);
	}

	@GetMapping("/speakers/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		model.addAttribute("deletion", this.speakers.deletion(slug));
		return "speaker/delete";
	}

	@PostMapping("/speakers/{slug}/delete")
	String delete(@PathVariable String slug, RedirectAttributes redirect) {
		this.speakers.delete(slug);
		redirect.addFlashAttribute("message", "speaker.deleted");
		return "redirect:/";
	}

	private static void nameTaken(NameTakenException ex, BindingResult result) {
		result.rejectValue("name", "speaker.name.taken", new Object[] { ex.getHolder().name() }, null);
	}

	private String form(SpeakerDetails speaker, Model model) {
		model.addAttribute("speaker", speaker);
		model.addAttribute("companies", this.companies.all());
		return "speaker/form";
	}

}
