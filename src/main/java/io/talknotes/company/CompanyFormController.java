package io.talknotes.company;

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
 * Adding, changing and deleting companies by hand. A form that does not validate comes
 * back with what was typed and a message next to each field; a company that figures are
 * about is not deleted, and its delete page says why.
 */
@Controller
class CompanyFormController {

	private final CompanyService companies;

	CompanyFormController(CompanyService companies) {
		this.companies = companies;
	}

	@GetMapping("/companies/new")
	String addForm(Model model) {
		model.addAttribute("companyForm", CompanyForm.blank());
		return form(null, model);
	}

	@PostMapping("/companies")
	String add(@Valid @ModelAttribute("companyForm") CompanyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Company company = this.companies.create(form);
				redirect.addFlashAttribute("message", "company.created");
				return "redirect:/companies/" + company.getSlug();
			}
			catch (NameTakenException ex) {
				nameTaken(ex, result);
			}
		}
		return form(null, model);
	}

	@GetMapping("/companies/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		Company company = this.companies.get(slug);
		model.addAttribute("companyForm", CompanyForm.of(company));
		return form(company, model);
	}

	@PostMapping("/companies/{slug}")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("companyForm") CompanyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Company current = this.companies.get(slug);
		if (!result.hasErrors()) {
			try {
				Company company = this.companies.update(slug, form);
				redirect.addFlashAttribute("message", "company.saved");
				return "redirect:/companies/" + company.getSlug();
			}
			catch (NameTakenException ex) {
				nameTaken(ex, result);
			}
		}
		return form(current, model);
	}

	@GetMapping("/companies/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		model.addAttribute("deletion", this.companies.deletion(slug));
		return "company/delete";
	}

	/** Deletes the company, or shows its delete page again with why it may not be. */
	@PostMapping("/companies/{slug}/delete")
	String delete(@PathVariable String slug, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.companies.delete(slug);
		}
		catch (DeletionRefusedException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return confirmDelete(slug, model);
		}
		redirect.addFlashAttribute("message", "company.deleted");
		return "redirect:/companies";
	}

	private static void nameTaken(NameTakenException ex, BindingResult result) {
		result.rejectValue("name", "company.name.taken", new Object[] { ex.getHolder().name() }, null);
	}

	private String form(Company company, Model model) {
		model.addAttribute("company", company);
		return "company/form";
	}

}
