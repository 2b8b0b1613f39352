package io.talknotes.imports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a schedule as the files the readers take, for tests and benchmarks that upload
 * files: a frab/pretalx {@code schedule.json}, and an iCalendar file as Sched exports it
 * (speakers and their companies in the SUMMARY, the session type as a category).
 */
public final class ScheduleFileWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ScheduleFileWriter() {
	}

	/**
	 * The schedule as a c3voc/pretalx {@code schedule.json}, its events by day and room.
	 */
	public static String frabJson(Schedule schedule) {
		ZoneId zone = (schedule.timeZone() != null) ? schedule.timeZone() : ZoneOffset.UTC;
		Map<LocalDate, Map<String, List<Object>>> days = new TreeMap<>();
		for (ScheduledSession session : schedule.sessions()) {
			LocalDate day = session.startsAt().atZone(zone).toLocalDate();
			String room = (session.room() != null) ? session.room() : "Main";
			days.computeIfAbsent(day, (d) -> new LinkedHashMap<>())
				.computeIfAbsent(room, (r) -> new ArrayList<>())
				.add(event(session, zone));
		}
		List<Object> dayList = new ArrayList<>();
		days.forEach((day, rooms) -> dayList
			.add(Map.of("index", dayList.size() + 1, "date", day.toString(), "rooms", rooms)));
		Map<String, Object> conference = new LinkedHashMap<>();
		conference.put("acronym", schedule.acronym());
		conference.put("title", schedule.title());
		conference.put("start", (schedule.startsOn() != null) ? schedule.startsOn().toString() : null);
		conference.put("end", (schedule.endsOn() != null) ? schedule.endsOn().toString() : null);
		conference.put("time_zone_name", zone.getId());
		conference.put("url", schedule.url());
		conference.put("days", dayList);
		return JSON.writerWithDefaultPrettyPrinter()
			.writeValueAsString(Map.of("schedule", Map.of("version", "1.0", "conference", conference)));
	}

	private static Map<String, Object> event(ScheduledSession session, ZoneId zone) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("guid", session.uid());
		event.put("date", session.startsAt().atZone(zone).toOffsetDateTime().toString());
		long minutes = (session.endsAt() != null)
				? (session.endsAt().getEpochSecond() - session.startsAt().getEpochSecond()) / 60 : 30;
		event.put("duration", String.format("%02d:%02d", minutes / 60, minutes % 60));
		event.put("room", session.room());
		event.put("title", session.title());
		event.put("subtitle", session.subtitle());
		event.put("track", session.track());
		event.put("type", session.type());
		event.put("abstract", session.abstractText());
		event.put("description", session.description());
		event.put("url", session.scheduleUrl());
		event.put("persons", session.speakers().stream().map((s) -> Map.of("public_name", s.name())).toList());
		return event;
	}

	/** The schedule as Sched exports it to iCalendar. */
	public static String ics(Schedule schedule) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Talknotes tests//EN");
		if (schedule.title() != null) {
			line(ics, "X-WR-CALNAME:" + text(schedule.title()));
		}
		if (schedule.timeZone() != null) {
			line(ics, "X-WR-TIMEZONE:" + schedule.timeZone().getId());
		}
		for (ScheduledSession session : schedule.sessions()) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:" + text(session.uid()));
			line(ics, "DTSTAMP:20310101T000000Z");
			line(ics, "DTSTART:" + ICS_TIME.format(session.startsAt()));
			if (session.endsAt() != null) {
				line(ics, "DTEND:" + ICS_TIME.format(session.endsAt()));
			}
			line(ics, "SUMMARY:" + text(summary(session)));
			if (session.type() != null) {
				String track = (session.track() != null) ? "," + text(session.track()) : "";
				line(ics, "CATEGORIES:" + text(session.type()) + track);
			}
			optional(ics, "LOCATION:", session.room());
			optional(ics, "DESCRIPTION:", session.abstractText());
			if (session.scheduleUrl() != null) {
				line(ics, "URL:" + session.scheduleUrl());
			}
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/**
	 * Sched's summary: the title, then the speakers with the company they speak for;
	 * speakers next to each other with the same company share it ("Ada Lovelace & Alan
	 * Turing, Acme; Grace Hopper, Navy").
	 */
	private static String summary(ScheduledSession session) {
		if (session.speakers().isEmpty()) {
			return session.title();
		}
		List<String> groups = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<ScheduledSpeaker> speakers = session.speakers();
		for (int i = 0; i < speakers.size(); i++) {
			ScheduledSpeaker speaker = speakers.get(i);
			names.add(speaker.name());
			boolean last = i + 1 == speakers.size();
			if (last || !Objects.equals(speaker.company(), speakers.get(i + 1).company())) {
				String people = String.join(" & ", names);
				groups.add((speaker.company() != null) ? people + ", " + speaker.company() : people);
				names.clear();
			}
		}
		return session.title() + " - " + String.join("; ", groups);
	}

	private static void optional(StringBuilder ics, String name, String value) {
		if (value != null) {
			line(ics, name + text(value));
		}
	}

	private static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

	/** A content line, folded at 73 characters as RFC 5545 asks. */
	private static void line(StringBuilder ics, String line) {
		String rest = line;
		while (rest.length() > 73) {
			int cut = Character.isHighSurrogate(rest.charAt(72)) ? 72 : 73;
			ics.append(rest, 0, cut).append("\r\n ");
			rest = rest.substring(cut);
		}
		ics.append(rest).append("\r\n");
	}

}
