package io.talknotes.project;

import java.util.List;

import io.talknotes.system.Names;
import io.talknotes.system.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the project form sends, cleaned as it is bound: blanks around and between words
 * dropped, so that what is checked is what is saved.
 *
 * @param name the project's name, required and unique among projects
 * @param maturity its CNCF maturity: sandbox, incubating or graduated; empty when it is
 * not a CNCF project
 * @param description a few words about it
 * @param websiteUrl its website, http or https
 */
public record ProjectForm(
		@NotBlank(message = "{project.name.blank}") @Size(max = 200, message = "{form.name.size}") String name,
		@Pattern(regexp = "|sandbox|incubating|graduated", message = "{project.maturity.unknown}") String maturity,
		@Size(max = 1000, message = "{form.description.size}") String description,
		@Size(max = 500, message = "{form.website.size}") @WebAddress String websiteUrl) {

	/** The CNCF maturity levels, from the first to the last. */
	public static final List<String> MATURITIES = List.of("sandbox", "incubating", "graduated");

	public ProjectForm {
		name = Names.clean(name);
		maturity = Names.clean(maturity);
		description = Names.cleanText(description);
		websiteUrl = Names.clean(websiteUrl);
	}

	/** An empty form. */
	public static ProjectForm blank() {
		return new ProjectForm("", "", "", "");
	}

	/** A form holding a saved project, for editing it. */
	static ProjectForm of(Project project) {
		return new ProjectForm(project.getName(), project.getMaturity(), project.getDescription(),
				project.getWebsiteUrl());
	}

}
