package io.talknotes.figure;

import io.talknotes.figure.shorthand.ParsedFigure;
import io.talknotes.figure.shorthand.Period;
import io.talknotes.conference.Conference;
import io.talknotes.figure.shorthand.UnitCatalogue;
import io.talknotes.system.NamedEntity;
import io.talknotes.system.NamedLink;
import io.talknotes.talk.Talk;

/**
 * A quoted figure as shown on a page.
 *
 * @param id the figure's id
 * @param textAsWritten the figure as the speaker or note put it, e.g. "35M QPS"
 * @param figure the stored value, unit, qualifier and period
 * @param subject a few words of context, or {@code null}
 * @param talk the talk that quoted it
 * @param conference the conference of that talk
 * @param company the company it is about, or {@code null}
 * @param project the project it is about, or {@code null}
 * @param version the version an edit or delete must send back
 * @param addedBy the username of the account that added it, or {@code null} for a figure
 * inserted by SQL, which only admins change
 */
public record FigureView(Long id, String textAsWritten, ParsedFigure figure, String subject, NamedLink talk,
		NamedLink conference, NamedLink company, NamedLink project, long version, String addedBy) {

	/**
	 * The figure as pages show it.
	 * @param figure the stored figure, with its talk, conference, company and project
	 * @param units the catalogue its unit is looked up in
	 */
	static FigureView of(Figure figure, UnitCatalogue units) {
		Talk talk = figure.getTalk();
		Conference conference = talk.getConference();
		return new FigureView(figure.getId(), figure.getTextAsWritten(), figure.figure(units), figure.getSubject(),
				new NamedLink(talk.getSlug(), talk.getTitle()),
				new NamedLink(conference.getSlug(), conference.getName()), link(figure.getCompany()),
				link(figure.getProject()), figure.getVersion(),
				(figure.getCreatedBy() != null) ? figure.getCreatedBy().getUsername() : null);
	}

	private static NamedLink link(NamedEntity entity) {
		return (entity != null) ? new NamedLink(entity.getSlug(), entity.getName()) : null;
	}

	/** The unit's canonical name, e.g. "queries per second"; the key to compare by. */
	public String unit() {
		return this.figure.unit().name();
	}

	/** The unit with its period, e.g. "nodes per cluster". */
	public String unitWithPeriod() {
		Period period = this.figure.period();
		return (period == Period.NONE) ? unit() : unit() + " " + period.longForm();
	}

	/** The value in full with its qualifier, e.g. "at least 100,000". */
	public String fullValue() {
		return this.figure.qualifier().longPrefix() + this.figure.groupedValue();
	}

	/** The figure as people write it, e.g. "10k+ pods". */
	public String shortForm() {
		return this.figure.shortForm();
	}

	/** The figure in words, e.g. "at least 10,000 pods". */
	public String fullForm() {
		return this.figure.fullForm();
	}

	/** Who the figure is about: the company, else the project, else {@code null}. */
	public NamedLink who() {
		return (this.company != null) ? this.company : this.project;
	}

}
