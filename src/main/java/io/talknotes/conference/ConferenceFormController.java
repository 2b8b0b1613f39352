package io.talknotes.conference;

import io.talknotes.system.DeletionRefusedException;
import io.talknotes.system.NameTakenException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, changing and deleting conferences by hand. A form that does not validate comes
 * back with what was typed and a message next to each field; a conference whose talks
 * have notes or figures is not deleted, and its delete page says why.
 */
@Controller
class ConferenceFormController {

	private final ConferenceService conferences;

	ConferenceFormController(ConferenceService conferences) {
		this.conferences = conferences;
	}

	@GetMapping("/conferences/new")
	String addForm(Model model) {
		model.addAttribute("conferenceForm", ConferenceForm.blank());
		return form(null, model);
	}

	@PostMapping("/conferences")
	String add(@Valid @ModelAttribute("conferenceForm") ConferenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		check(form, result);
		if (!result.hasErrors()) {
			try {
				Conference conference = this.conferences.create(form);
				redirect.addFlashAttribute("message", "conference.created");
				return "redirect:/conferences/" + conference.getSlug();
			}
			catch (NameTakenException ex) {
				nameTaken(ex, result);
			}
		}
		return form(null, model);
	}

	@GetMapping("/conferences/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		Conference conference = this.conferences.get(slug);
		model.addAttribute("conferenceForm", ConferenceForm.of(conference));
		return form(conference, model);
	}

	@PostMapping("/conferences/{slug}")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("conferenceForm") ConferenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Conference current = this.conferences.get(slug);
		check(form, result);
		if (!result.hasErrors()) {
			try {
				Conference conference = this.conferences.update(slug, form);
				redirect.addFlashAttribute("message", "conference.saved");
				return "redirect:/conferences/" + conference.getSlug();
			}
			catch (NameTakenException ex) {
				nameTaken(ex, result);
			}
		}
		return form(current, model);
	}

	@GetMapping("/conferences/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		model.addAttribute("deletion", this.conferences.deletion(slug));
		return "conference/delete";
	}

	/** Deletes the conference, or shows its delete page again with why it may not be. */
	@PostMapping("/conferences/{slug}/delete")
	String delete(@PathVariable String slug, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.conferences.delete(slug);
		}
		catch (DeletionRefusedException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return confirmDelete(slug, model);
		}
		redirect.addFlashAttribute("message", "conference.deleted");
		return "redirect:/";
	}

	/** Checks what the fields cannot check alone. */
	private static void check(ConferenceForm form, BindingResult result) {
		if (result.getTarget() == null) {
			// A field that could not be read at all (a date that is no date) left no form
			// to check further: its message comes first
			return;
		}
		if (ConferenceForm.implausible(form.startsOn()) && !result.hasFieldErrors("startsOn")) {
			result.rejectValue("startsOn", "conference.date.implausible");
		}
		if (ConferenceForm.implausible(form.endsOn()) && !result.hasFieldErrors("endsOn")) {
			result.rejectValue("endsOn", "conference.date.implausible");
		}
		if (form.endsBeforeItStarts() && !result.hasFieldErrors("endsOn")) {
			result.rejectValue("endsOn", "conference.endsOn.beforeStart");
		}
	}

	private static void nameTaken(NameTakenException ex, BindingResult result) {
		result.rejectValue("name", "conference.name.taken", new Object[] { ex.getHolder().name() }, null);
	}

	private String form(Conference conference, Model model) {
		model.addAttribute("conference", conference);
		model.addAttribute("timeZones", TimeZones.OFFERED);
		return "conference/form";
	}

}
