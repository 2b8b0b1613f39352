package io.talknotes.company;

import io.talknotes.system.NotFoundException;

/**
 * No company has the slug a URL names.
 */
public class CompanyNotFoundException extends NotFoundException {

	private CompanyNotFoundException(String slug) {
		super("company", slug);
	}

	public static CompanyNotFoundException forSlug(String slug) {
		return new CompanyNotFoundException(slug);
	}

}
