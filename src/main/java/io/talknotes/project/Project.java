package io.talknotes.project;

import io.talknotes.system.NamedEntity;
import jakarta.persistence.Entity;

/**
 * A technology a talk or note is about, with its CNCF maturity where known.
 */
@Entity
public class Project extends NamedEntity {

	/** CNCF maturity: graduated, incubating or sandbox; null when not a CNCF project. */
	private String maturity;

	private String description;

	private String websiteUrl;

	protected Project() {
	}

	public Project(String slug, String name, String maturity) {
		super(slug, name);
		this.maturity = maturity;
	}

	public String getMaturity() {
		return this.maturity;
	}

	public String getDescription() {
		return this.description;
	}

	public String getWebsiteUrl() {
		return this.websiteUrl;
	}

	/**
	 * What the project is and how far it has come in the CNCF.
	 * @param maturity graduated, incubating or sandbox; {@code null} when not a CNCF
	 * project
	 * @param description a few words about it, or {@code null}
	 */
	public void describe(String maturity, String description) {
		this.maturity = maturity;
		this.description = description;
	}

	/** The project's own website, or {@code null}. */
	public void link(String websiteUrl) {
		this.websiteUrl = websiteUrl;
	}

}
