package io.talknotes.talk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A conference's talks as a schedule: the days, and in each day the talks by start time
 * and room, in the conference's time zone; then the talks whose time is not known.
 *
 * @param zone the time zone every time is in
 * @param days the days with timed talks, in order
 * @param untimed the talks without a time, in programme order
 */
public record ConferenceSchedule(ZoneId zone, List<Day> days, List<TalkSummary> untimed) {

	/** Talks that start at the same time go side by side, by room, then by title. */
	private static final Comparator<ScheduledTalk> IN_A_SLOT = Comparator
		.comparing(ScheduledTalk::room, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
		.thenComparing((talk) -> talk.talk().title(), String.CASE_INSENSITIVE_ORDER);

	/**
	 * Groups the talks by the day and time they start in the zone.
	 * @param zone the conference's time zone
	 * @param timed the talks with a start time, in any order
	 * @param untimed the talks without one, in programme order
	 * @return the schedule
	 */
	static ConferenceSchedule of(ZoneId zone, List<ScheduledTalk> timed, List<TalkSummary> untimed) {
		Map<LocalDate, Map<LocalTime, List<ScheduledTalk>>> byDay = new TreeMap<>();
		for (ScheduledTalk talk : timed) {
			byDay.computeIfAbsent(talk.startsAt().toLocalDate(), (day) -> new TreeMap<>())
				.computeIfAbsent(talk.startsAt().toLocalTime(), (time) -> new ArrayList<>())
				.add(talk);
		}
		List<Day> days = byDay.entrySet()
			.stream()
			.map((day) -> new Day(day.getKey(),
					day.getValue()
						.entrySet()
						.stream()
						.map((slot) -> new Slot(slot.getKey(), slot.getValue().stream().sorted(IN_A_SLOT).toList()))
						.toList()))
			.toList();
		return new ConferenceSchedule(zone, days, List.copyOf(untimed));
	}

	/** Whether any talk has a time: otherwise the talks are a plain list. */
	public boolean isTimed() {
		return !this.days.isEmpty();
	}

	/**
	 * The zone's name in a language, e.g. "Pacific Time" in English.
	 * @param locale the reader's language
	 * @return the name
	 */
	public String zoneName(Locale locale) {
		return this.zone.getDisplayName(TextStyle.FULL_STANDALONE, locale);
	}

	/**
	 * A day of the conference.
	 *
	 * @param date the date in the conference's time zone
	 * @param slots the start times that day, in order
	 */
	public record Day(LocalDate date, List<Slot> slots) {

	}

	/**
	 * The talks that start at the same time.
	 *
	 * @param start when they start
	 * @param talks the talks, by room
	 */
	public record Slot(LocalTime start, List<ScheduledTalk> talks) {

	}

	/**
	 * A talk with its place in the schedule.
	 *
	 * @param talk the talk as lists show it
	 * @param startsAt when it starts, in the conference's time zone
	 * @param endsAt when it ends, or {@code null} when not known
	 * @param room where, or {@code null}
	 * @param track its track, or {@code null}
	 */
	public record ScheduledTalk(TalkSummary talk, ZonedDateTime startsAt, ZonedDateTime endsAt, String room,
			String track) {

		/**
		 * Whether it ends on the day it starts, so that the end is shown as a time only.
		 */
		public boolean endsOnTheDayItStarts() {
			return this.endsAt != null && this.startsAt.toLocalDate().equals(this.endsAt.toLocalDate());
		}

	}

}
