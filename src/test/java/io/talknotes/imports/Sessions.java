package io.talknotes.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Schedules and sessions for the tests, as a reader would return them, with only what a
 * test is about given and the rest filled in.
 */
final class Sessions {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private Sessions() {
	}

	/** A schedule with that title, in Brussels, in February 2031. */
	static Schedule schedule(String title, ScheduledSession... sessions) {
		return new Schedule(title, null, LocalDate.of(2031, 2, 1), LocalDate.of(2031, 2, 2), BRUSSELS,
				"https://example.org/" + title.toLowerCase().replaceAll("\\W+", "-"), Arrays.asList(sessions));
	}

	/** A talk of 30 minutes, on 1 February 2031 at the hour given (Brussels time). */
	static ScheduledSession session(String uid, String title, String room, int hour, ScheduledSpeaker... speakers) {
		return new ScheduledSession(uid, title, null, "Talk", "Main track", room, at(hour), at(hour).plusSeconds(1800),
				"About " + title, null, List.of(speakers), "https://example.org/schedule/" + uid, null, null);
	}

	static Instant at(int hour) {
		return LocalDate.of(2031, 2, 1).atTime(hour, 0).atZone(BRUSSELS).toInstant();
	}

	static ScheduledSpeaker speaker(String name, String company) {
		return new ScheduledSpeaker(name, company);
	}

	/** The session with another title. */
	static ScheduledSession retitled(ScheduledSession s, String title) {
		return new ScheduledSession(s.uid(), title, s.subtitle(), s.type(), s.track(), s.room(), s.startsAt(),
				s.endsAt(), s.abstractText(), s.description(), s.speakers(), s.scheduleUrl(), s.slidesUrl(),
				s.videoUrl());
	}

	/** The session in another room, at another hour. */
	static ScheduledSession moved(ScheduledSession s, String room, int hour) {
		return new ScheduledSession(s.uid(), s.title(), s.subtitle(), s.type(), s.track(), room, at(hour),
				at(hour).plusSeconds(1800), s.abstractText(), s.description(), s.speakers(), s.scheduleUrl(),
				s.slidesUrl(), s.videoUrl());
	}

	/** The session of another type. */
	static ScheduledSession ofType(ScheduledSession s, String type) {
		return new ScheduledSession(s.uid(), s.title(), s.subtitle(), type, s.track(), s.room(), s.startsAt(),
				s.endsAt(), s.abstractText(), s.description(), s.speakers(), s.scheduleUrl(), s.slidesUrl(),
				s.videoUrl());
	}

	private static final List<String> FIRST = List.of("Ada", "Alan", "Barbara", "Claude", "Dennis", "Edsger", "Frances",
			"Grace", "Hedy", "Ivan", "Jean", "Ken", "Leslie", "Margaret", "Niklaus", "Ole", "Radia", "Shafi", "Tim",
			"Vint");

	private static final List<String> LAST = List.of("Lovelace", "Turing", "Liskov", "Shannon", "Ritchie", "Dijkstra",
			"Allen", "Hopper", "Lamarr", "Sutherland", "Sammet", "Thompson", "Lamport", "Hamilton", "Wirth", "Dahl",
			"Perlman", "Goldwasser", "Berners", "Cerf");

	/**
	 * A person's name for a number, different for each number below 8,000 and read as a
	 * name in a Sched summary: letters only.
	 */
	static String personName(int number) {
		String first = FIRST.get(number % 20);
		String last = LAST.get((number / 20) % 20);
		int middle = number / 400;
		return (middle == 0) ? first + " " + last : first + " " + FIRST.get(middle % 20) + "a " + last;
	}

	/** Sessions numbered from 1, one speaker each, every speaker with a company. */
	static List<ScheduledSession> many(String prefix, int count) {
		List<ScheduledSession> sessions = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			sessions.add(session(prefix + "-" + i, prefix + " session " + i, "Room " + (i % 20), 9 + (i % 9),
					speaker(personName(i), prefix + " Company " + (i % 50))));
		}
		return sessions;
	}

}
