package io.talknotes.imports;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalReader;
import biweekly.property.RawProperty;

/**
 * Reads an iCalendar file (RFC 5545) as Sched, Google Calendar or pretalx export it, with
 * biweekly. Each VEVENT is a session (see {@link IcsSessionReader}); cancelled events are
 * left out. The schedule's title is {@code X-WR-CALNAME} (or RFC 7986 {@code NAME}), its
 * time zone {@code X-WR-TIMEZONE} or else the first VTIMEZONE's, and its first and last
 * day those of the earliest and latest session in that zone.
 * <p>
 * The file is refused, naming the line, when it stops before {@code END:VCALENDAR}, when
 * biweekly cannot read a line or a property this reader uses, or when it holds no
 * session.
 */
final class ICalendarScheduleReader implements ScheduleReader {

	// A parse problem on any other property (a broken RRULE or GEO) does not change
	// what is imported, so only these refuse the file.
	private static final Set<String> PROPERTIES_READ = Set.of("SUMMARY", "DTSTART", "DTEND", "DURATION", "UID",
			"LOCATION", "URL", "CATEGORIES", "DESCRIPTION", "STATUS", "X-WR-CALNAME", "X-WR-TIMEZONE", "TZID",
			"TZOFFSETFROM", "TZOFFSETTO");

	@Override
	public Schedule read(String text) {
		IcsLines lines = new IcsLines(text);
		lines.requireEnd();
		lines.requireDateValues();
		List<ICalendar> calendars = parse(text, lines);
		if (calendars.isEmpty()) {
			throw ScheduleProblems.noCalendar();
		}
		ICalendar first = calendars.get(0);
		ZoneId named = namedZone(first, lines);
		ZoneId zone = (named != null) ? named : firstVTimezone(first);
		List<ScheduledSession> sessions = sessions(calendars, lines, (named != null) ? named : ZoneOffset.UTC);
		ZoneId days = (zone != null) ? zone : ZoneOffset.UTC;
		return new Schedule(title(first), null, day(sessions, days, true), day(sessions, days, false), zone,
				(first.getUrl() != null) ? Texts.clean(first.getUrl().getValue()) : null, sessions);
	}

	private static List<ICalendar> parse(String text, IcsLines lines) {
		List<ICalendar> calendars = new ArrayList<>();
		try (ICalReader reader = new ICalReader(text)) {
			// Floating times are placed in the calendar's zone later, never the server's.
			reader.setDefaultTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
			ICalendar calendar;
			while ((calendar = reader.readNext()) != null) {
				refuseBrokenLines(reader.getWarnings(), lines);
				calendars.add(calendar);
			}
		}
		catch (ScheduleFormatException ex) {
			throw ex;
		}
		catch (IOException ex) {
			throw ScheduleProblems.calendarUnreadable(ex);
		}
		catch (RuntimeException | AssertionError ex) {
			// biweekly reports most problems as warnings, but a few broken values fail
			// deep inside it: a VTIMEZONE rule with BYMONTH=13 ends in an AssertionError.
			throw ScheduleProblems.calendarBroken(ex);
		}
		return calendars;
	}

	private static void refuseBrokenLines(List<ParseWarning> warnings, IcsLines lines) {
		for (ParseWarning warning : warnings) {
			Integer line = warning.getLineNumber();
			String property = warning.getPropertyName();
			if (line != null && property == null && warning.getCode() == null) {
				throw ScheduleProblems.notICalendar(line, warning.getMessage());
			}
			if (property != null && PROPERTIES_READ.contains(property.toUpperCase(Locale.ROOT))) {
				int at = Objects.requireNonNullElse(line, 0);
				throw ScheduleProblems.propertyUnreadable(at, property.toUpperCase(Locale.ROOT), lines.valueAt(at),
						warning.getMessage().strip());
			}
		}
	}

	private static List<ScheduledSession> sessions(List<ICalendar> calendars, IcsLines lines, ZoneId floating) {
		List<ScheduledSession> sessions = new ArrayList<>();
		int index = 0;
		int cancelled = 0;
		for (ICalendar calendar : calendars) {
			IcsSessionReader reader = new IcsSessionReader(calendar.getTimezoneInfo(), floating);
			for (VEvent event : calendar.getEvents()) {
				int line = lines.ofEvent(index++);
				if (event.getStatus() != null && event.getStatus().isCancelled()) {
					cancelled++;
				}
				else {
					sessions.add(reader.read(event, line));
				}
			}
		}
		if (sessions.isEmpty()) {
			throw ScheduleProblems.noVEvent(cancelled > 0);
		}
		return sessions;
	}

	private static ZoneId namedZone(ICalendar calendar, IcsLines lines) {
		RawProperty property = calendar.getExperimentalProperty("X-WR-TIMEZONE");
		String id = (property != null) ? Texts.clean(property.getValue()) : null;
		if (id == null) {
			return null;
		}
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException ex) {
			throw ScheduleProblems.unknownCalendarZone(ex, lines.ofProperty("X-WR-TIMEZONE"), id);
		}
	}

	private static ZoneId firstVTimezone(ICalendar calendar) {
		for (TimezoneAssignment assignment : calendar.getTimezoneInfo().getTimezones()) {
			if (assignment.getComponent() != null && assignment.getComponent().getTimezoneId() != null) {
				try {
					return ZoneId.of(assignment.getComponent().getTimezoneId().getValue().strip());
				}
				catch (DateTimeException ex) {
					// Outlook names zones "Pacific Standard Time": not an id Java knows.
					return null;
				}
			}
		}
		return null;
	}

	private static String title(ICalendar calendar) {
		RawProperty name = calendar.getExperimentalProperty("X-WR-CALNAME");
		if (name != null && Texts.clean(name.getValue()) != null) {
			return Texts.clean(IcsText.unescape(name.getValue()));
		}
		return calendar.getNames().isEmpty() ? null : Texts.clean(calendar.getNames().get(0).getValue());
	}

	private static LocalDate day(List<ScheduledSession> sessions, ZoneId zone, boolean first) {
		Comparator<Instant> order = first ? Comparator.naturalOrder() : Comparator.reverseOrder();
		return sessions.stream()
			.map(ScheduledSession::startsAt)
			.filter(Objects::nonNull)
			.min(order)
			.map((instant) -> LocalDate.ofInstant(instant, zone))
			.orElse(null);
	}

}
