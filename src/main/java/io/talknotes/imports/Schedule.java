package io.talknotes.imports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A conference schedule as read from a file, whatever its format.
 *
 * @param title the conference's title; {@code null} when the file names none (iCalendar
 * files often do not)
 * @param acronym the conference's short name, e.g. {@code 36c3}, or {@code null}
 * @param startsOn the first day, or {@code null} when unknown
 * @param endsOn the last day, or {@code null} when unknown
 * @param timeZone the conference's time zone, or {@code null} when the file names none
 * @param url the conference's web site, or {@code null}
 * @param sessions the sessions in the order of the file
 */
public record Schedule(String title, String acronym, LocalDate startsOn, LocalDate endsOn, ZoneId timeZone, String url,
		List<ScheduledSession> sessions) {

	public Schedule {
		sessions = List.copyOf(sessions);
	}

}
