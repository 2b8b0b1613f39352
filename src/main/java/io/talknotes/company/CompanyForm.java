package io.talknotes.company;

import io.talknotes.system.Names;
import io.talknotes.system.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the company form sends, cleaned as it is bound: blanks around and between words
 * dropped, so that what is checked is what is saved.
 *
 * @param name the company's name, required and unique among companies
 * @param websiteUrl its website, http or https
 */
public record CompanyForm(
		@NotBlank(message = "{company.name.blank}") @Size(max = 200, message = "{form.name.size}") String name,
		@Size(max = 500, message = "{form.website.size}") @WebAddress String websiteUrl) {

	public CompanyForm {
		name = Names.clean(name);
		websiteUrl = Names.clean(websiteUrl);
	}

	/** An empty form. */
	public static CompanyForm blank() {
		return new CompanyForm("", "");
	}

	/** A form holding a saved company, for editing it. */
	static CompanyForm of(Company company) {
		return new CompanyForm(company.getName(), company.getWebsiteUrl());
	}

}
