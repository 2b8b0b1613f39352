package io.talknotes.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import io.talknotes.conference.Conference;
import io.talknotes.imports.ImportPlan.PlannedSession;
import io.talknotes.imports.TalkOutcome.Outcome;
import io.talknotes.system.FormerSlugs;
import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkRenamed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Carries out an import's plan: creates the conference if it is new, adds a talk for each
 * new session, updates in place the talks whose session changed (a new title gives a new
 * slug and the old one keeps leading to it), cancels those the file dropped and
 * reinstates those it has again. Talks are never deleted, so their notes and figures
 * stay; talks made by hand are never in a plan. Runs in the caller's transaction.
 */
@Component
class ScheduleApplier {

	private final ImportConferenceRepository conferences;

	private final ImportTalkRepository talks;

	private final ImportPeopleRepository people;

	private final FormerSlugs formerSlugs;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	ScheduleApplier(ImportConferenceRepository conferences, ImportTalkRepository talks, ImportPeopleRepository people,
			FormerSlugs formerSlugs, EntityManager entityManager, ApplicationEventPublisher events) {
		this.conferences = conferences;
		this.talks = talks;
		this.people = people;
		this.formerSlugs = formerSlugs;
		this.entityManager = entityManager;
		this.events = events;
	}

	/**
	 * Applies the plan.
	 * @param progress told how many sessions are done, after each one
	 * @return the conference and what happened to each talk touched
	 */
	AppliedImport apply(ImportPlan plan, IntConsumer progress) {
		// Changes are written at commit, not before each lookup, which would check every
		// talk, speaker and company loaded so far once per session. The lookups see what
		// they need all the same: new rows are inserted at once, for their ids.
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		Run run = start(plan);
		List<TalkOutcome> outcomes = new ArrayList<>();
		for (PlannedSession planned : plan.sessions()) {
			if (planned.isNew()) {
				outcomes.add(new TalkOutcome(add(run, planned).getId(), Outcome.ADDED));
			}
			else if (planned.isLeftAlone()) {
				// Sessions added or removed before it move it in the file: not a change
				// to show
				planned.talk().placeAt(planned.position());
			}
			else {
				Outcome outcome = planned.reinstated() ? Outcome.REINSTATED : Outcome.CHANGED;
				update(run, planned);
				outcomes.add(new TalkOutcome(planned.talk().getId(), outcome));
			}
			progress.accept(planned.position());
		}
		for (Talk talk : plan.cancelled()) {
			talk.cancel();
			outcomes.add(new TalkOutcome(talk.getId(), Outcome.CANCELLED));
		}
		// This writes what is pending: once the talks are all updated, and once for all
		// the talks renamed, not once for each
		this.formerSlugs.renamed("talk", run.renamed());
		return new AppliedImport(run.conference(), outcomes);
	}

	/** The conference, and the speakers, companies and slugs the sessions need. */
	private Run start(ImportPlan plan) {
		List<ImportedSession> touched = plan.sessions()
			.stream()
			.filter((planned) -> !planned.isLeftAlone())
			.map(PlannedSession::session)
			.toList();
		ImportPeople people = new ImportPeople(this.people, this.formerSlugs, this.entityManager);
		people.load(touched);
		SlugPool slugs = new SlugPool("talk", touched.stream().map(ImportedSession::title).toList(), this.formerSlugs,
				this.talks::findSlugsAmong, this.talks::existsBySlug);
		return new Run(conference(plan.conference()), people, slugs, new LinkedHashMap<>());
	}

	private Conference conference(ConferenceChoice choice) {
		Conference conference = choice.existing();
		if (conference == null) {
			String slug = this.formerSlugs.unique("conference", choice.name(), "conference", null,
					this.conferences::existsBySlug);
			conference = this.conferences
				.save(new Conference(slug, choice.name(), null, choice.startsOn(), choice.endsOn()));
		}
		conference.importedFrom(choice.acronym(), choice.startsOn(), choice.endsOn(), choice.timeZone(), choice.url());
		return conference;
	}

	private Talk add(Run run, PlannedSession planned) {
		ImportedSession session = planned.session();
		Talk talk = new Talk(run.slugs().slugFor(session.title(), null), run.conference(), session.title(),
				session.kind());
		talk.importedAs(session.uid());
		// A schedule lists what was on, not what anyone attended
		talk.attended(false);
		describe(talk, session);
		talk.placeAt(planned.position());
		talk.spokenBy(run.people().speakersOf(session));
		talk.presentedBy(run.people().companiesOf(session));
		return this.talks.save(talk);
	}

	private void update(Run run, PlannedSession planned) {
		Talk talk = planned.talk();
		ImportedSession session = planned.session();
		if (planned.changes("title")) {
			String old = talk.getSlug();
			String slug = run.slugs().slugFor(session.title(), old);
			if (!slug.equals(old)) {
				talk.moveTo(slug);
				run.renamed().put(old, slug);
				this.events.publishEvent(new TalkRenamed(talk.getId(), old, slug));
			}
		}
		describe(talk, session);
		talk.placeAt(planned.position());
		if (planned.changes("speakers")) {
			talk.spokenBy(run.people().speakersOf(session));
		}
		if (planned.changes("companies")) {
			talk.presentedBy(run.people().companiesOf(session));
		}
		talk.reinstate();
	}

	private static void describe(Talk talk, ImportedSession session) {
		talk.describe(session.title(), session.subtitle(), session.kind(), session.track(), session.abstractText(),
				session.description());
		talk.schedule(session.startsAt(), session.endsAt(), session.room());
		talk.link(session.scheduleUrl(), session.slidesUrl(), session.videoUrl());
	}

	/**
	 * An import applied.
	 *
	 * @param conference the conference it went to
	 * @param outcomes what happened to each talk it touched
	 */
	record AppliedImport(Conference conference, List<TalkOutcome> outcomes) {

	}

	/**
	 * What one apply keeps from one session to the next.
	 *
	 * @param renamed the old slug of each talk renamed, and its new one
	 */
	private record Run(Conference conference, ImportPeople people, SlugPool slugs, Map<String, String> renamed) {

	}

}
