package io.talknotes.figure;

import java.io.Serializable;

/**
 * What a deleted figure said, whom it was about, where it stood among its talk's figures
 * and who had added it: the talk page's Undo sends it back to add the figure again as it
 * was. It travels as the flash message's companion and then as the Undo form's fields.
 *
 * @param text the figure as quoted
 * @param subject its context, or {@code null}
 * @param companySlug the company it was about, or {@code null}
 * @param projectSlug the project it was about, or {@code null}
 * @param position its place among the talk's figures
 * @param addedBy the username of the account that had added it, or {@code null} for a
 * figure inserted by SQL
 */
public record DeletedFigure(String text, String subject, String companySlug, String projectSlug, int position,
		String addedBy) implements Serializable {

	static DeletedFigure of(Figure figure) {
		return new DeletedFigure(figure.getTextAsWritten(), figure.getSubject(),
				(figure.getCompany() != null) ? figure.getCompany().getSlug() : null,
				(figure.getProject() != null) ? figure.getProject().getSlug() : null, figure.getSortOrder(),
				(figure.getCreatedBy() != null) ? figure.getCreatedBy().getUsername() : null);
	}

}
