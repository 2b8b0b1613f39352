package io.talknotes.company;

import io.talknotes.system.NamedEntity;
import jakarta.persistence.Entity;

/**
 * An organisation that presented a talk or whose figures were quoted.
 */
@Entity
public class Company extends NamedEntity {

	private String websiteUrl;

	protected Company() {
	}

	public Company(String slug, String name) {
		super(slug, name);
	}

	public String getWebsiteUrl() {
		return this.websiteUrl;
	}

	/** The company's own website, or {@code null}. */
	public void link(String websiteUrl) {
		this.websiteUrl = websiteUrl;
	}

}
