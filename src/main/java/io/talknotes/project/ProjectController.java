package io.talknotes.project;

import io.talknotes.metric.MetricService;
import io.talknotes.talk.TalkService;

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

	private final TalkService talks;

	private final MetricService metrics;

	ProjectController(ProjectService projects, TalkService talks, MetricService metrics) {
		this.projects = projects;
		this.talks = talks;
		this.metrics = metrics;
	}

	@GetMapping("/projects")
	String list(Model model) {
		model.addAttribute("projects", this.projects.summaries());
		return "project/list";
	}

	@GetMapping("/projects/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("project", this.projects.get(slug));
		model.addAttribute("talks", this.talks.covering(slug));
		model.addAttribute("metrics", this.metrics.forProject(slug));
		return "project/detail";
	}

}
