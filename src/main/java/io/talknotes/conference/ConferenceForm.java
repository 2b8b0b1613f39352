package io.talknotes.conference;

import java.time.LocalDate;

import io.talknotes.system.Names;
import io.talknotes.system.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the conference form sends, cleaned as it is bound: blanks around and between words
 * dropped, so that what is checked is what is saved.
 *
 * @param name the full name, required and unique among conferences
 * @param acronym what it is called for short, e.g. "KubeCon NA"
 * @param edition which edition, e.g. "North America 2019"
 * @param city where it takes place
 * @param startsOn its first day
 * @param endsOn its last day, not before the first
 * @param timeZone the IANA id of the place's time zone
 * @param websiteUrl its website, http or https
 * @param description a few lines about it
 */
public record ConferenceForm(
		@NotBlank(message = "{conference.name.blank}") @Size(max = 200, message = "{form.name.size}") String name,
		@Size(max = 40, message = "{conference.acronym.size}") String acronym,
		@Size(max = 100, message = "{form.field.size}") String edition,
		@Size(max = 120, message = "{form.field.size}") String city,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, @TimeZoneId String timeZone,
		@Size(max = 500, message = "{form.website.size}") @WebAddress String websiteUrl,
		@Size(max = 4000, message = "{form.description.size}") String description) {

	public ConferenceForm {
		name = Names.clean(name);
		acronym = Names.clean(acronym);
		edition = Names.clean(edition);
		city = Names.clean(city);
		timeZone = Names.clean(timeZone);
		websiteUrl = Names.clean(websiteUrl);
		description = Names.cleanText(description);
	}

	/** An empty form. */
	public static ConferenceForm blank() {
		return new ConferenceForm("", "", "", "", null, null, "", "", "");
	}

	/** A form holding a saved conference, for editing it. */
	static ConferenceForm of(Conference conference) {
		return new ConferenceForm(conference.getName(), conference.getAcronym(), conference.getEdition(),
				conference.getCity(), conference.getStartsOn(), conference.getEndsOn(), conference.getTimeZone(),
				conference.getWebsiteUrl(), conference.getDescription());
	}

	/** Whether a day given is too far from today to be a conference's, likely a typo. */
	static boolean implausible(LocalDate day) {
		return day != null && (day.getYear() < 1900 || day.getYear() > 2200);
	}

	/** Whether the last day given is before the first. */
	boolean endsBeforeItStarts() {
		return this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn);
	}

}
