package io.talknotes.project;

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
 * Adding, changing and deleting projects by hand. A form that does not validate comes
 * back with what was typed and a message next to each field; a project that figures are
 * about is not deleted, and its delete page says why.
 */
@Controller
class ProjectFormController {

	private final ProjectService projects;

	ProjectFormController(ProjectService projects) {
		this.projects = projects;
	}

	@GetMapping("/projects/new")
	String addForm(Model model) {
		model.addAttribute("projectForm", ProjectForm.blank());
		return form(null, model);
	}

	@PostMapping("/projects")
	String add(@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Project project = this.projects.create(form);
				redirect.addFlashAttribute("message", "project.created");
				return "redirect:/projects/" + project.getSlug();
			}
			catch (NameTakenException ex) {
				nameTaken(ex, result);
			}
		}
		return form(null, model);
	}

	@GetMapping("/projects/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		Project project = this.projects.get(slug);
		model.addAttribute("projectForm", ProjectForm.of(project));
		return form(project, model);
	}

	@PostMapping("/projects/{slug}")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Project current = this.projects.get(slug);
		if (!result.hasErrors()) {
			try {
				Project project = this.projects.update(slug, form);
				redirect.addFlashAttribute("message", "project.saved");
				return "redirect:/projects/" + project.getSlug();
			}
			catch (NameTakenException ex) {
				nameTaken(ex, result);
			}
		}
		return form(current, model);
	}

	@GetMapping("/projects/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		model.addAttribute("deletion", this.projects.deletion(slug));
		return "project/delete";
	}

	/** Deletes the project, or shows its delete page again with why it may not be. */
	@PostMapping("/projects/{slug}/delete")
	String delete(@PathVariable String slug, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.projects.delete(slug);
		}
		catch (DeletionRefusedException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return confirmDelete(slug, model);
		}
		redirect.addFlashAttribute("message", "project.deleted");
		return "redirect:/projects";
	}

	private static void nameTaken(NameTakenException ex, BindingResult result) {
		result.rejectValue("name", "project.name.taken", new Object[] { ex.getHolder().name() }, null);
	}

	private String form(Project project, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("maturities", ProjectForm.MATURITIES);
		return "project/form";
	}

}
