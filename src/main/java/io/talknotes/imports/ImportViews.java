package io.talknotes.imports;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.talknotes.conference.Conference;
import io.talknotes.imports.ImportPlan.PlannedSession;
import io.talknotes.imports.ImportPreview.ChangedTalk;
import io.talknotes.imports.ImportPreview.SessionLine;
import io.talknotes.imports.TalkOutcome.Outcome;
import io.talknotes.system.NamedLink;
import io.talknotes.talk.Talk;

import org.springframework.stereotype.Component;

/**
 * Turns a plan into the preview a person reads, and what an applied import did into its
 * result, with the talks as they are now.
 */
@Component
class ImportViews {

	private final ImportTalkRepository talks;

	ImportViews(ImportTalkRepository talks) {
		this.talks = talks;
	}

	/** What applying the plan would do. */
	ImportPreview preview(ImportPlan plan) {
		ConferenceChoice conference = plan.conference();
		ZoneId zone = conference.zone();
		List<PlannedSession> sessions = plan.sessions();
		return new ImportPreview(conference.name(), conference.isNew() ? null : conference.existing().getSlug(),
				sessions.size() + plan.skipped().size(),
				sessions.stream().filter(PlannedSession::isNew).map((s) -> line(s.session(), zone)).toList(),
				changed(sessions.stream().filter((s) -> s.isChanged() && !s.reinstated())),
				changed(sessions.stream().filter(PlannedSession::reinstated)), links(plan.cancelled().stream()),
				links(sessions.stream().filter(PlannedSession::isLeftAlone).map(PlannedSession::talk)),
				plan.skipped().stream().map((s) -> line(s, zone)).toList());
	}

	/** What the import did, with links to the talks it touched. */
	ImportResult result(ScheduleImport applied) {
		Conference conference = applied.getConference();
		List<TalkOutcome> outcomes = applied.getOutcomes();
		Map<Long, Talk> touched = this.talks.findWithConference(outcomes.stream().map(TalkOutcome::getTalkId).toList())
			.stream()
			.collect(Collectors.toMap(Talk::getId, Function.identity()));
		long fromTheFile = outcomes.stream().filter((o) -> o.getOutcome() != Outcome.CANCELLED).count();
		return new ImportResult(new NamedLink(conference.getSlug(), conference.getName()),
				links(touched, outcomes, Outcome.ADDED), links(touched, outcomes, Outcome.CHANGED),
				links(touched, outcomes, Outcome.REINSTATED), links(touched, outcomes, Outcome.CANCELLED),
				(int) Math.max(0, applied.getProgressTotal() - fromTheFile));
	}

	private static SessionLine line(ImportedSession session, ZoneId zone) {
		String speakers = session.speakers().isEmpty() ? null
				: session.speakers().stream().map(ScheduledSpeaker::name).collect(Collectors.joining(", "));
		return new SessionLine(session.title(), session.kind(),
				SessionChanges.when(session.startsAt(), session.endsAt(), zone), session.room(), speakers);
	}

	private static List<ChangedTalk> changed(Stream<PlannedSession> sessions) {
		return sessions.map((s) -> new ChangedTalk(s.talk().getSlug(), s.talk().getTitle(), s.changes())).toList();
	}

	private static List<NamedLink> links(Stream<Talk> talks) {
		return talks.map((talk) -> new NamedLink(talk.getSlug(), talk.getTitle())).toList();
	}

	/** The talks that had this outcome, in the order of the file. */
	private static List<NamedLink> links(Map<Long, Talk> touched, List<TalkOutcome> outcomes, Outcome outcome) {
		return outcomes.stream()
			.filter((o) -> o.getOutcome() == outcome)
			.map((o) -> touched.get(o.getTalkId()))
			.filter(Objects::nonNull)
			.map((talk) -> new NamedLink(talk.getSlug(), talk.getTitle()))
			.toList();
	}

}
