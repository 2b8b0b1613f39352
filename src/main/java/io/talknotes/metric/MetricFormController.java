package io.talknotes.metric;

import java.security.Principal;

import io.talknotes.company.CompanyService;
import io.talknotes.metric.shorthand.MetricParseException;
import io.talknotes.metric.shorthand.ParsedMetric;
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
class MetricFormController {

	private final MetricService metrics;

	private final TalkService talks;

	private final CompanyService companies;

	private final ProjectService projects;

	MetricFormController(MetricService metrics, TalkService talks, CompanyService companies, ProjectService projects) {
		this.metrics = metrics;
		this.talks = talks;
		this.companies = companies;
		this.projects = projects;
	}

	@GetMapping("/talks/{slug}/metrics/new")
	String addForm(@PathVariable String slug, Model model) {
		model.addAttribute("metricForm", MetricForm.blank());
		return form(slug, null, null, model);
	}

	@PostMapping("/talks/{slug}/metrics")
	String add(@PathVariable String slug, @Valid @ModelAttribute("metricForm") MetricForm form, BindingResult result,
			@RequestParam(required = false) String preview, Model model, RedirectAttributes redirect,
			Principal principal) {
		ParsedMetric understood = understand(form, result);
		if (result.hasErrors() || preview != null) {
			return form(slug, null, understood, model);
		}
		MetricView saved = this.metrics.add(slug, form, principal.getName());
		redirect.addFlashAttribute("message", "metric.added");
		return "redirect:/talks/" + slug + "#metric-" + saved.id();
	}

	@GetMapping("/talks/{slug}/metrics/{id}/edit")
	String editForm(@PathVariable String slug, @PathVariable Long id, Model model) {
		MetricView metric = this.metrics.get(slug, id);
		model.addAttribute("metricForm", MetricForm.of(metric));
		model.addAttribute("version", metric.version());
		return form(slug, metric, null, model);
	}

	/**
	 * Saves an edit made from the given version; a preview or a form that does not
	 * validate keeps that version, so a later save is still checked against it.
	 */
	@PostMapping("/talks/{slug}/metrics/{id}")
	String edit(@PathVariable String slug, @PathVariable Long id, @RequestParam long version,
			@Valid @ModelAttribute("metricForm") MetricForm form, BindingResult result,
			@RequestParam(required = false) String preview, Model model, RedirectAttributes redirect) {
		MetricView metric = this.metrics.get(slug, id);
		ParsedMetric understood = understand(form, result);
		model.addAttribute("version", version);
		if (result.hasErrors() || preview != null) {
			return form(slug, metric, understood, model);
		}
		try {
			this.metrics.revise(slug, id, version, form);
		}
		catch (MetricConflictException ex) {
			model.addAttribute("conflict", true);
			model.addAttribute("version", ex.getCurrent().version());
			return form(slug, ex.getCurrent(), understood, model);
		}
		redirect.addFlashAttribute("message", "metric.saved");
		return "redirect:/talks/" + slug + "#metric-" + id;
	}

	@GetMapping("/talks/{slug}/metrics/{id}/delete")
	String confirmDelete(@PathVariable String slug, @PathVariable Long id, Model model) {
		model.addAttribute("talk", this.talks.details(slug));
		model.addAttribute("metric", this.metrics.get(slug, id));
		return "metric/delete";
	}

	/**
	 * Deletes the figure the confirmation page showed; one changed since is shown again
	 * as it is now, not deleted.
	 */
	@PostMapping("/talks/{slug}/metrics/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable Long id, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		try {
			this.metrics.delete(slug, id, version);
		}
		catch (MetricConflictException ex) {
			model.addAttribute("conflict", true);
			return confirmDelete(slug, id, model);
		}
		redirect.addFlashAttribute("message", "metric.deleted");
		return "redirect:/talks/" + slug + "#figures";
	}

	/**
	 * Reads the figure and checks the company and project choices, putting what is wrong
	 * next to the field it is about.
	 * @return the figure as understood, or {@code null} when it cannot be read
	 */
	private ParsedMetric understand(MetricForm form, BindingResult result) {
		if (form.hasTwoCompanies()) {
			result.rejectValue("newCompanyName", "metric.company.both");
		}
		if (form.hasTwoProjects()) {
			result.rejectValue("newProjectName", "metric.project.both");
		}
		try {
			return this.metrics.understand(form.text());
		}
		catch (MetricParseException ex) {
			// The parser's message is written for people; there is no message key for it
			result.rejectValue("text", "metric.text.unreadable", ex.getMessage());
			return null;
		}
	}

	private String form(String slug, MetricView metric, ParsedMetric understood, Model model) {
		model.addAttribute("talk", this.talks.details(slug));
		model.addAttribute("metric", metric);
		model.addAttribute("preview", (understood != null) ? MetricPreview.of(understood) : null);
		model.addAttribute("companies", this.companies.all());
		model.addAttribute("projects", this.projects.all());
		return "metric/form";
	}

}
