package io.talknotes.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import io.talknotes.conference.Conference;
import io.talknotes.imports.ImportPlan.PlannedSession;
import io.talknotes.talk.Talk;

import org.springframework.stereotype.Component;

/**
 * Works out what importing a schedule would do: which conference it goes to, and for each
 * session whether it adds a talk or updates the one imported from it before (found by the
 * session's UID within the conference), which talks it cancels and which it reinstates.
 * It reads and changes nothing; callers hold the transaction.
 */
@Component
class ImportPlanner {

	private final ImportConferenceRepository conferences;

	private final ImportTalkRepository talks;

	ImportPlanner(ImportConferenceRepository conferences, ImportTalkRepository talks) {
		this.conferences = conferences;
		this.talks = talks;
	}

	/**
	 * The plan for a schedule.
	 * @param schedule the schedule read from the file
	 * @param picked the conference picked for it, or {@code null} for the one it names
	 * @param typedName the name typed for it, or {@code null}
	 * @throws ImportTargetException when nothing says which conference it goes to
	 */
	ImportPlan plan(Schedule schedule, Conference picked, String typedName) {
		ConferenceChoice conference = choose(schedule, picked, typedName);
		ZoneId zone = conference.zone();
		List<Talk> imported = conference.isNew() ? List.of() : this.talks.findImported(conference.existing());
		Map<String, Talk> byUid = new HashMap<>();
		imported.forEach((talk) -> byUid.put(talk.getImportUid(), talk));
		List<PlannedSession> sessions = new ArrayList<>();
		List<ImportedSession> skipped = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ScheduledSession scheduled : schedule.sessions()) {
			ImportedSession session = ImportedSession.of(scheduled);
			if (!seen.add(session.uid())) {
				skipped.add(session);
				continue;
			}
			Talk talk = byUid.get(session.uid());
			List<FieldChange> changes = (talk != null) ? SessionChanges.between(talk, session, zone) : List.of();
			boolean reinstated = talk != null && talk.isCancelled();
			sessions.add(new PlannedSession(session, sessions.size() + 1, talk, changes, reinstated));
		}
		List<Talk> cancelled = imported.stream()
			.filter((talk) -> !seen.contains(talk.getImportUid()) && !talk.isCancelled())
			.toList();
		return new ImportPlan(conference, sessions, cancelled, skipped);
	}

	/**
	 * The conference picked, else the one with the name typed or the file's title (or
	 * acronym), else a new one by that name.
	 */
	ConferenceChoice choose(Schedule schedule, Conference picked, String typedName) {
		if (picked != null) {
			return choice(picked, picked.getName(), schedule);
		}
		String name = (typedName != null) ? typedName : schedule.title();
		if (name == null || name.isBlank()) {
			throw new ImportTargetException("import.conference.required");
		}
		String clean = ImportedSession.cut(name.replaceAll("\\s+", " "), 200);
		String acronym = Objects.requireNonNullElse(schedule.acronym(), "");
		Conference named = this.conferences.findNamed(clean, acronym).stream().findFirst().orElse(null);
		return choice(named, (named != null) ? named.getName() : clean, schedule);
	}

	private static ConferenceChoice choice(Conference existing, String name, Schedule schedule) {
		ZoneId zone = (schedule.timeZone() != null) ? schedule.timeZone() : ZoneId.of("UTC");
		LocalDate startsOn = (schedule.startsOn() != null) ? schedule.startsOn()
				: day(schedule.sessions().stream().map(ScheduledSession::startsAt), zone, true);
		LocalDate endsOn = (schedule.endsOn() != null) ? schedule.endsOn() : day(
				schedule.sessions().stream().map((s) -> (s.endsAt() != null) ? s.endsAt() : s.startsAt()), zone, false);
		return new ConferenceChoice(existing, name, ImportedSession.cut(schedule.acronym(), 40), startsOn, endsOn,
				schedule.timeZone(), ImportedSession.url(schedule.url()));
	}

	/** The first or last day any of these times falls on, or {@code null}. */
	private static LocalDate day(Stream<Instant> times, ZoneId zone, boolean first) {
		return times.filter(Objects::nonNull)
			.map((time) -> time.atZone(zone).toLocalDate())
			.reduce((a, b) -> (first == a.isBefore(b)) ? a : b)
			.orElse(null);
	}

}
