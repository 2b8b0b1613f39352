package io.talknotes.imports;

import java.time.LocalDate;
import java.time.ZoneId;

import io.talknotes.conference.Conference;

/**
 * The conference an import goes to: one that exists, or one it will create.
 *
 * @param existing the conference, or {@code null} when the import creates it
 * @param name its name
 * @param acronym the file's short name for it, or {@code null}
 * @param startsOn the first day as the file says or its sessions show, or {@code null}
 * @param endsOn the last day likewise, or {@code null}
 * @param timeZone the file's time zone, or {@code null}
 * @param url the file's web site for it, or {@code null}
 */
record ConferenceChoice(Conference existing, String name, String acronym, LocalDate startsOn, LocalDate endsOn,
		ZoneId timeZone, String url) {

	boolean isNew() {
		return this.existing == null;
	}

	/**
	 * The time zone the talks' times are shown in: the conference's own, else the file's,
	 * else UTC.
	 */
	ZoneId zone() {
		if (this.existing != null && this.existing.getTimeZone() != null) {
			try {
				return ZoneId.of(this.existing.getTimeZone());
			}
			catch (java.time.DateTimeException ex) {
				// A zone typed by hand that Java does not know: fall back like the talk
				// page
			}
		}
		return (this.timeZone != null) ? this.timeZone : ZoneId.of("UTC");
	}

}
