package io.talknotes.figure;

import io.talknotes.figure.shorthand.FigureParser;

import jakarta.validation.constraints.Size;

import org.springframework.util.StringUtils;

/**
 * What the figure form sends. The figure's text is checked by {@link FigureParser}, whose
 * message is shown next to the field; the company and the project are each picked from a
 * list or typed as a new name.
 *
 * @param text the figure as quoted, e.g. "35M QPS"
 * @param subject a few words of context, optional
 * @param companySlug the slug of an existing company, optional
 * @param newCompanyName the name of a company to add, optional
 * @param projectSlug the slug of an existing project, optional
 * @param newProjectName the name of a project to add, optional
 */
public record FigureForm(String text, @Size(max = 200, message = "{figure.subject.size}") String subject,
		String companySlug, @Size(max = 200, message = "{figure.name.size}") String newCompanyName, String projectSlug,
		@Size(max = 200, message = "{figure.name.size}") String newProjectName) {

	/** An empty form. */
	public static FigureForm blank() {
		return new FigureForm("", "", "", "", "", "");
	}

	/** A form holding a saved figure, for editing it. */
	static FigureForm of(FigureView figure) {
		return new FigureForm(figure.textAsWritten(), figure.subject(),
				(figure.company() != null) ? figure.company().slug() : "", "",
				(figure.project() != null) ? figure.project().slug() : "", "");
	}

	/** Whether both an existing company and a new one were given. */
	boolean hasTwoCompanies() {
		return StringUtils.hasText(this.companySlug) && StringUtils.hasText(this.newCompanyName);
	}

	/** Whether both an existing project and a new one were given. */
	boolean hasTwoProjects() {
		return StringUtils.hasText(this.projectSlug) && StringUtils.hasText(this.newProjectName);
	}

	/** The context without surrounding blanks, or {@code null} when there is none. */
	String cleanSubject() {
		return StringUtils.hasText(this.subject) ? this.subject.strip() : null;
	}

}
