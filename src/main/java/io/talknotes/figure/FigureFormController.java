package io.talknotes.figure;

import java.security.Principal;

import io.talknotes.account.SignedIn;
import io.talknotes.company.CompanyService;
import io.talknotes.figure.shorthand.FigureParseException;
import io.talknotes.figure.shorthand.ParsedFigure;
import io.talknotes.project.ProjectService;
import io.talknotes.talk.TalkService;
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
 * Adding, editing and deleting the figures of a talk. "Preview" shows how the figure was
 * understood without saving it; a figure that cannot be read comes back with what was
 * typed and the reason next to the field.
 */
@Controller
class FigureFormController {

	private final FigureService figures;

	private final TalkService talks;

	private final CompanyService companies;

	private final ProjectService projects;

	FigureFormController(FigureService figures, TalkService talks, CompanyService companies, ProjectService projects) {
		this.figures = figures;
		this.talks = talks;
		this.companies = companies;
		this.projects = projects;
	}

	@GetMapping("/talks/{slug}/figures/new")
	String addForm(@PathVariable String slug, Model model) {
		model.addAttribute("figureForm", FigureForm.blank());
		return form(slug, null, null, model);
	}

	@PostMapping("/talks/{slug}/figures")
	String add(@PathVariable String slug, @Valid @ModelAttribute("figureForm") FigureForm form, BindingResult result,
			@RequestParam(required = false) String preview, Model model, RedirectAttributes redirect,
			Principal principal) {
		ParsedFigure understood = understand(form, result);
		if (result.hasErrors() || preview != null) {
			return form(slug, null, understood, model);
		}
		FigureView saved = this.figures.add(slug, form, principal.getName());
		return savedAt(slug, saved.id(), "figure.added", redirect);
	}

	@GetMapping("/talks/{slug}/figures/{id}/edit")
	String editForm(@PathVariable String slug, @PathVariable Long id, Model model) {
		FigureView figure = this.figures.get(slug, id);
		model.addAttribute("figureForm", FigureForm.of(figure));
		model.addAttribute("version", figure.version());
		return form(slug, figure, null, model);
	}

	/**
	 * Saves an edit made from the given version; a preview or a form that does not
	 * validate keeps that version, so a later save is still checked against it.
	 */
	@PostMapping("/talks/{slug}/figures/{id}")
	String edit(@PathVariable String slug, @PathVariable Long id, @RequestParam long version,
			@Valid @ModelAttribute("figureForm") FigureForm form, BindingResult result,
			@RequestParam(required = false) String preview, Model model, RedirectAttributes redirect) {
		FigureView figure = this.figures.get(slug, id);
		ParsedFigure understood = understand(form, result);
		model.addAttribute("version", version);
		if (result.hasErrors() || preview != null) {
			return form(slug, figure, understood, model);
		}
		try {
			this.figures.revise(slug, id, version, form);
		}
		catch (FigureConflictException ex) {
			model.addAttribute("conflict", true);
			model.addAttribute("version", ex.getCurrent().version());
			return form(slug, ex.getCurrent(), understood, model);
		}
		return savedAt(slug, id, "figure.saved", redirect);
	}

	@GetMapping("/talks/{slug}/figures/{id}/delete")
	String confirmDelete(@PathVariable String slug, @PathVariable Long id, Model model) {
		model.addAttribute("talk", this.talks.details(slug));
		model.addAttribute("figure", this.figures.get(slug, id));
		return "figure/delete";
	}

	/**
	 * Deletes the figure the confirmation page showed; one changed since is shown again
	 * as it is now, not deleted.
	 */
	@PostMapping("/talks/{slug}/figures/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable Long id, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		DeletedFigure deleted;
		try {
			deleted = this.figures.delete(slug, id, version);
		}
		catch (FigureConflictException ex) {
			model.addAttribute("conflict", true);
			return confirmDelete(slug, id, model);
		}
		// What the figure was goes with the message, for the Undo next to it
		redirect.addFlashAttribute("message", "figure.deleted");
		redirect.addFlashAttribute("messageAt", "figures");
		redirect.addFlashAttribute("deletedFigure", deleted);
		return "redirect:/talks/" + slug + "#figures";
	}

	/**
	 * Undo after a delete: adds the figure back where it was. It stays its owner's when
	 * an admin undoes; anyone else could only have deleted their own figure, so it is
	 * theirs.
	 */
	@PostMapping("/talks/{slug}/figures/restore")
	String restore(@PathVariable String slug, @Valid @ModelAttribute("figureForm") FigureForm form,
			BindingResult result, @RequestParam(defaultValue = "-1") int position,
			@RequestParam(required = false) String addedBy, Model model, RedirectAttributes redirect,
			Principal principal) {
		ParsedFigure understood = understand(form, result);
		if (result.hasErrors()) {
			return form(slug, null, understood, model);
		}
		String owner = SignedIn.current().isAdmin() ? addedBy : principal.getName();
		FigureView restored = this.figures.restore(slug, form, position, owner);
		return savedAt(slug, restored.id(), "figure.restored", redirect);
	}

	/** Back to the talk, at the figure, with the message next to it. */
	private static String savedAt(String slug, Long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		redirect.addFlashAttribute("messageAt", "figure-" + id);
		return "redirect:/talks/" + slug + "#figure-" + id;
	}

	/**
	 * Reads the figure and checks the company and project choices, putting what is wrong
	 * next to the field it is about.
	 * @return the figure as understood, or {@code null} when it cannot be read
	 */
	private ParsedFigure understand(FigureForm form, BindingResult result) {
		if (form.hasTwoCompanies()) {
			result.rejectValue("newCompanyName", "figure.company.both");
		}
		if (form.hasTwoProjects()) {
			result.rejectValue("newProjectName", "figure.project.both");
		}
		try {
			return this.figures.understand(form.text());
		}
		catch (FigureParseException ex) {
			result.rejectValue("text", ex.getMessageKey(), ex.getArguments(), null);
			return null;
		}
	}

	private String form(String slug, FigureView figure, ParsedFigure understood, Model model) {
		model.addAttribute("talk", this.talks.details(slug));
		model.addAttribute("figure", figure);
		model.addAttribute("preview", (understood != null) ? FigurePreview.of(understood) : null);
		model.addAttribute("companies", this.companies.all());
		model.addAttribute("projects", this.projects.all());
		return "figure/form";
	}

}
