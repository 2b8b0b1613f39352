package io.talknotes.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A frab schedule as both its JSON and its XML form hold it, still as the text the file
 * wrote, with where each value stands in the file for messages. The JSON and XML readers
 * fill it in; it turns into a {@link Schedule} the same way for both, so the two forms of
 * one schedule read the same.
 *
 * @param conference the conference element
 * @param days the days in the order of the file
 */
record FrabSchedule(Conference conference, List<Day> days) {

	/**
	 * Where a value stands in the file.
	 */
	@FunctionalInterface
	interface Place {

		/**
		 * Names a field of the element, for a message.
		 * @param field the field's name in the format, e.g. {@code start}
		 * @return where it is, such as the path
		 * {@code schedule.conference.days[1].rooms["Room A"][3].start}
		 */
		MessageSourceResolvable of(String field);

	}

	/**
	 * The conference.
	 */
	record Conference(Place place, String title, String acronym, String start, String end, String timeZoneName,
			String url, String baseUrl) {
	}

	/**
	 * A day.
	 */
	record Day(Place place, String date, String dayStart, List<Event> events) {
	}

	/**
	 * An event; the times are as frab writes them ({@code date} an ISO date-time with
	 * offset, {@code start} "HH:mm", {@code duration} "HH:mm" or "H:mm:ss").
	 */
	record Event(Place place, String guid, String id, String code, String date, String start, String end,
			String duration, String room, String title, String subtitle, String track, String type, String abstractText,
			String description, String url, List<String> persons, List<Link> links, String videoUrl) {
	}

	/**
	 * A link or attachment of an event.
	 *
	 * @param url where it points, possibly relative to the schedule's base URL
	 * @param title what the file calls it, or {@code null}
	 * @param type the c3voc link type ("slides", "media", …), or {@code null}
	 */
	record Link(String url, String title, String type) {
	}

	/**
	 * Turns the schedule into the neutral model.
	 * @return the schedule
	 * @throws ScheduleFormatException naming the place of a value that is not what the
	 * format says, or when no day holds an event
	 */
	Schedule toSchedule() {
		ZoneId zone = zone(this.conference);
		FrabSessions sessions = new FrabSessions(zone, this.conference.baseUrl());
		List<ScheduledSession> read = new ArrayList<>();
		for (Day day : this.days) {
			LocalDate date = (day.date() != null) ? date(day.date(), day.place().of("date")) : null;
			OffsetDateTime dayStart = (day.dayStart() != null) ? dateTime(day.dayStart(), day.place().of("day_start"))
					: null;
			for (Event event : day.events()) {
				read.add(sessions.read(event, date, dayStart));
			}
		}
		if (read.isEmpty()) {
			throw ScheduleProblems.noDayHasAnEvent();
		}
		Conference c = this.conference;
		return new Schedule(c.title(), c.acronym(), day(c.start(), c.place().of("start")),
				day(c.end(), c.place().of("end")), zone, c.url(), read);
	}

	private static ZoneId zone(Conference conference) {
		if (conference.timeZoneName() == null) {
			return null;
		}
		try {
			return ZoneId.of(conference.timeZoneName());
		}
		catch (DateTimeException ex) {
			throw ScheduleProblems.notAZone(ex, conference.place().of("time_zone_name"), conference.timeZoneName());
		}
	}

	// The conference's start and end are dates, or date-times in newer c3voc files.
	private static LocalDate day(String value, MessageSourceResolvable place) {
		if (value == null) {
			return null;
		}
		return (value.length() > 10) ? dateTime(value, place).toLocalDate() : date(value, place);
	}

	static LocalDate date(String value, MessageSourceResolvable place) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw ScheduleProblems.notADate(ex, place, value);
		}
	}

	static OffsetDateTime dateTime(String value, MessageSourceResolvable place) {
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw ScheduleProblems.notADateTime(ex, place, value);
		}
	}

}
