package io.talknotes.project;

import io.talknotes.system.DirectoryQuery;
import io.talknotes.system.ItemKind;
import io.talknotes.system.PageParts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The project list, and a project's page with the talks about it and its figures.
 */
@Controller
class ProjectController {

	private final ProjectService projects;

	private final PageParts parts;

	ProjectController(ProjectService projects, PageParts parts) {
		this.projects = projects;
		this.parts = parts;
	}

	@GetMapping("/projects")
	String list(DirectoryQuery query, Model model) {
		model.addAttribute("projects", query.apply(this.projects.summaries()));
		model.addAttribute("query", query);
		return "project/list";
	}

	@GetMapping("/projects/{slug}")
	String show(@PathVariable String slug, Model model) {
		Project project = this.projects.get(slug);
		model.addAttribute("project", project);
		this.parts.addTo(ItemKind.PROJECT, project.getId(), slug, model);
		return "project/detail";
	}

}
