package io.talknotes.speaker;

import io.talknotes.company.Company;
import io.talknotes.system.NamedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * A person who gave a talk, with the company they spoke for.
 */
@Entity
public class Speaker extends NamedEntity {

	@ManyToOne(fetch = FetchType.LAZY)
	private Company company;

	private String websiteUrl;

	protected Speaker() {
	}

	public Speaker(String slug, String name, Company company) {
		super(slug, name);
		this.company = company;
	}

	public Company getCompany() {
		return this.company;
	}

	public String getWebsiteUrl() {
		return this.websiteUrl;
	}

	/** The speaker's own page, profile or blog, or {@code null}. */
	public void link(String websiteUrl) {
		this.websiteUrl = websiteUrl;
	}

	/** The company the speaker speaks for from now on; {@code null} for none. */
	public void speaksFor(Company company) {
		this.company = company;
	}

}
