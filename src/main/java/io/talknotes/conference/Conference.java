package io.talknotes.conference;

import java.time.LocalDate;
import java.time.ZoneId;

import io.talknotes.system.NamedEntity;
import jakarta.persistence.Entity;

/**
 * A conference edition whose talks people attended.
 */
@Entity
public class Conference extends NamedEntity {

	private String edition;

	private String acronym;

	private String city;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String timeZone;

	private String websiteUrl;

	private String description;

	protected Conference() {
	}

	public Conference(String slug, String name, String city, LocalDate startsOn, LocalDate endsOn) {
		super(slug, name);
		this.city = city;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	public String getEdition() {
		return this.edition;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public String getCity() {
		return this.city;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public String getWebsiteUrl() {
		return this.websiteUrl;
	}

	public String getDescription() {
		return this.description;
	}

	/**
	 * What the conference is called for short, which edition it is and what it is about.
	 */
	public void describe(String acronym, String edition, String description) {
		this.acronym = acronym;
		this.edition = edition;
		this.description = description;
	}

	/**
	 * Where and when the conference takes place; any of them may be unknown.
	 * @param timeZone the IANA id of the place's time zone, in which talk times are shown
	 */
	public void takesPlace(String city, LocalDate startsOn, LocalDate endsOn, String timeZone) {
		this.city = city;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.timeZone = timeZone;
	}

	/** The conference's own website, or {@code null}. */
	public void link(String websiteUrl) {
		this.websiteUrl = websiteUrl;
	}

	/**
	 * What a schedule file says about the conference, kept where nothing was known yet:
	 * what was typed by hand is never replaced.
	 * @param acronym its short name, e.g. {@code 36c3}, or {@code null}
	 * @param startsOn the first day, or {@code null}
	 * @param endsOn the last day, or {@code null}
	 * @param timeZone the time zone its times are shown in, or {@code null}
	 * @param websiteUrl its web site, or {@code null}
	 */
	public void importedFrom(String acronym, LocalDate startsOn, LocalDate endsOn, ZoneId timeZone, String websiteUrl) {
		this.acronym = (this.acronym != null) ? this.acronym : acronym;
		this.startsOn = (this.startsOn != null) ? this.startsOn : startsOn;
		this.endsOn = (this.endsOn != null) ? this.endsOn : endsOn;
		this.timeZone = (this.timeZone != null || timeZone == null) ? this.timeZone : timeZone.getId();
		this.websiteUrl = (this.websiteUrl != null) ? this.websiteUrl : websiteUrl;
	}

}
