package io.talknotes.imports;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import biweekly.property.Categories;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.property.ValuedProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;

/**
 * Turns one VEVENT into a session.
 * <p>
 * SUMMARY is the title, split into title and speakers as Sched writes it (see
 * {@link SchedSummary}); LOCATION is the room, URL the schedule page, DESCRIPTION the
 * abstract. A category that names a kind of session ("Keynote", "Panel", "Lightning
 * Talks", "Workshop", "BoF", …) is the type, the first other category the track.
 * <p>
 * Times with a TZID follow the file's VTIMEZONE of that id, or the Olson zone of that
 * name; times ending in "Z" are UTC; floating times and dates without a time are placed
 * in the zone given to the constructor. The end is DTEND, or DTSTART plus DURATION. An
 * event without UID gets one made from its start and summary, the same each time the same
 * file is read.
 */
final class IcsSessionReader {

	private static final Set<String> KINDS = Set.of("keynote", "sponsored keynote", "panel", "panel discussion",
			"lightning talk", "workshop", "talk", "tutorial", "bof", "birds of a feather", "fireside chat", "demo",
			"breakout", "session", "presentation", "lecture", "meetup", "project update", "break");

	private final TimezoneInfo zones;

	private final ZoneId floating;

	/**
	 * Creates a reader for the events of one calendar.
	 * @param zones what biweekly learnt of the calendar's time zones
	 * @param floating where floating times are, the calendar's X-WR-TIMEZONE or UTC
	 */
	IcsSessionReader(TimezoneInfo zones, ZoneId floating) {
		this.zones = zones;
		this.floating = floating;
	}

	/**
	 * Reads an event.
	 * @param event the VEVENT
	 * @param line the line of its BEGIN:VEVENT, for messages; 0 when unknown
	 * @return the session
	 * @throws ScheduleFormatException if it has no SUMMARY, an unknown TZID or ends
	 * before it starts
	 */
	ScheduledSession read(VEvent event, int line) {
		String uid = text(event.getUid());
		ImportMessage where = Places.event(line, uid);
		String summary = text(event.getSummary());
		if (summary == null) {
			throw ScheduleProblems.noSummary(where);
		}
		Instant start = instant(event.getDateStart(), "DTSTART", where);
		Instant end = instant(event.getDateEnd(), "DTEND", where);
		if (end == null && start != null && event.getDuration() != null && event.getDuration().getValue() != null) {
			end = start.plusMillis(event.getDuration().getValue().toMillis());
		}
		if (start != null && end != null && end.isBefore(start)) {
			throw ScheduleProblems.vEventEndsBeforeItStarts(where);
		}
		SchedSummary title = SchedSummary.parse(summary);
		List<String> categories = categories(event);
		return new ScheduledSession((uid != null) ? uid : madeUpUid(start, summary), title.title(), null,
				first(categories, true), first(categories, false), text(event.getLocation()), start, end,
				text(event.getDescription()), null, title.speakers(), text(event.getUrl()), null, null);
	}

	private Instant instant(DateOrDateTimeProperty property, String name, ImportMessage where) {
		if (property == null || property.getValue() == null) {
			return null;
		}
		ICalDate date = property.getValue();
		DateTimeComponents raw = date.getRawComponents();
		if (raw == null) {
			return date.toInstant();
		}
		LocalDateTime local;
		try {
			local = LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(),
					raw.getSecond());
		}
		catch (DateTimeException ex) {
			throw ScheduleProblems.notARealDate(ex, where, name, raw.toString(true, true));
		}
		if (!date.hasTime() || this.zones.isFloating(property)) {
			return local.atZone(this.floating).toInstant();
		}
		String tzid = property.getParameters().getTimezoneId();
		if (tzid != null) {
			throw ScheduleProblems.unknownEventZone(where, name, tzid);
		}
		return date.toInstant();
	}

	private static List<String> categories(VEvent event) {
		List<String> categories = new ArrayList<>();
		for (Categories property : event.getCategories()) {
			for (String value : property.getValues()) {
				String category = Texts.clean(value);
				if (category != null) {
					categories.add(category);
				}
			}
		}
		return categories;
	}

	private static String first(List<String> categories, boolean kind) {
		return categories.stream().filter((category) -> namesKind(category) == kind).findFirst().orElse(null);
	}

	static boolean namesKind(String category) {
		String words = category.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
		if (!words.equals("sessions")) {
			words = words.replaceFirst(" sessions?$", "");
		}
		if (words.endsWith("s") && !words.endsWith("ss")) {
			words = words.substring(0, words.length() - 1);
		}
		return KINDS.contains(words);
	}

	private static String madeUpUid(Instant start, String summary) {
		String key = ((start != null) ? start.toString() : "no start") + "\n" + summary;
		return "ics-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
	}

	private static String text(ValuedProperty<?> property) {
		return (property != null && property.getValue() != null) ? Texts.clean(property.getValue().toString()) : null;
	}

}
