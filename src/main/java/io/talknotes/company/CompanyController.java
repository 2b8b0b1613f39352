package io.talknotes.company;

import io.talknotes.metric.MetricService;
import io.talknotes.talk.TalkService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The company list, and a company's page with its talks and the figures about it.
 */
@Controller
class CompanyController {

	private final CompanyService companies;

	private final TalkService talks;

	private final MetricService metrics;

	CompanyController(CompanyService companies, TalkService talks, MetricService metrics) {
		this.companies = companies;
		this.talks = talks;
		this.metrics = metrics;
	}

	@GetMapping("/companies")
	String list(Model model) {
		model.addAttribute("companies", this.companies.summaries());
		return "company/list";
	}

	@GetMapping("/companies/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("company", this.companies.get(slug));
		model.addAttribute("talks", this.talks.presentedBy(slug));
		model.addAttribute("metrics", this.metrics.forCompany(slug));
		return "company/detail";
	}

}
