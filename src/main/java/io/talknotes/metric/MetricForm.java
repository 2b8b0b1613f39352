package io.talknotes.metric;

import io.talknotes.metric.shorthand.MetricParser;

import jakarta.validation.constraints.Size;

import org.springframework.util.StringUtils;

/**
 * What the figure form sends. The figure's text is checked by {@link MetricParser}, whose
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
public record MetricForm(String text, @Size(max = 200, message = "{metric.subject.size}") String subject,
		String companySlug, @Size(max = 200, message = "{metric.name.size}") String newCompanyName, String projectSlug,
		@Size(max = 200, message = "{metric.name.size}") String newProjectName) {

	/** An empty form. */
	public static MetricForm blank() {
		return new MetricForm("", "", "", "", "", "");
	}

	/** A form holding a saved figure, for editing it. */
	static MetricForm of(MetricView metric) {
		return new MetricForm(metric.textAsWritten(), metric.subject(),
				(metric.company() != null) ? metric.company().slug() : "", "",
				(metric.project() != null) ? metric.project().slug() : "", "");
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
