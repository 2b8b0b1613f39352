package io.talknotes.company;

import io.talknotes.system.DirectoryQuery;
import io.talknotes.system.ItemKind;
import io.talknotes.system.PageParts;

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

	private final PageParts parts;

	CompanyController(CompanyService companies, PageParts parts) {
		this.companies = companies;
		this.parts = parts;
	}

	@GetMapping("/companies")
	String list(DirectoryQuery query, Model model) {
		model.addAttribute("companies", query.apply(this.companies.summaries()));
		model.addAttribute("query", query);
		return "company/list";
	}

	@GetMapping("/companies/{slug}")
	String show(@PathVariable String slug, Model model) {
		Company company = this.companies.get(slug);
		model.addAttribute("company", company);
		this.parts.addTo(ItemKind.COMPANY, company.getId(), slug, model);
		return "company/detail";
	}

}
