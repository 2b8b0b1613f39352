package io.talknotes.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import io.talknotes.company.CompanyService;
import io.talknotes.conference.Conference;
import io.talknotes.imports.ImportPlan.PlannedSession;
import io.talknotes.imports.TalkOutcome.Outcome;
import io.talknotes.speaker.SpeakerService;
import io.talknotes.system.FormerSlugs;
import io.talknotes.talk.Talk;

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

	private final SpeakerService speakers;

	private final CompanyService companies;

	private final FormerSlugs formerSlugs;

	ScheduleApplier(ImportConferenceRepository conferences, ImportTalkRepository talks, SpeakerService speakers,
			CompanyService companies, FormerSlugs formerSlugs) {
		this.conferences = conferences;
		this.talks = talks;
		this.speakers = speakers;
		this.companies = companies;
		this.formerSlugs = formerSlugs;
	}

	/**
	 * Applies the plan.
	 * @param progress told how many sessions are done, after each one
	 * @return the conference and what happened to each talk touched
	 */
	AppliedImport apply(ImportPlan plan, IntConsumer progress) {
		Conference conference = conference(plan.conference());
		ImportPeople people = new ImportPeople(this.speakers, this.companies);
		List<TalkOutcome> outcomes = new ArrayList<>();
		for (PlannedSession planned : plan.sessions()) {
			if (planned.isNew()) {
				outcomes.add(new TalkOutcome(add(conference, planned, people).getId(), Outcome.ADDED));
			}
			else if (planned.isLeftAlone()) {
				// Sessions added or removed before it move it in the file; not a change
				// to show
				planned.talk().placeAt(planned.position());
			}
			else {
				Outcome outcome = planned.reinstated() ? Outcome.REINSTATED : Outcome.CHANGED;
				update(planned, people);
				outcomes.add(new TalkOutcome(planned.talk().getId(), outcome));
			}
			progress.accept(planned.position());
		}
		for (Talk talk : plan.cancelled()) {
			talk.cancel();
			outcomes.add(new TalkOutcome(talk.getId(), Outcome.CANCELLED));
		}
		return new AppliedImport(conference, outcomes);
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

	private Talk add(Conference conference, PlannedSession planned, ImportPeople people) {
		ImportedSession session = planned.session();
		String slug = this.formerSlugs.unique("talk", session.title(), "talk", null, this.talks::existsBySlug);
		Talk talk = new Talk(slug, conference, session.title(), session.kind());
		talk.importedAs(session.uid());
		// A schedule lists what was on, not what anyone attended
		talk.attended(false);
		describe(talk, session);
		talk.placeAt(planned.position());
		talk.spokenBy(people.speakersOf(session));
		talk.presentedBy(people.companiesOf(session));
		return this.talks.save(talk);
	}

	private void update(PlannedSession planned, ImportPeople people) {
		Talk talk = planned.talk();
		ImportedSession session = planned.session();
		if (planned.changes("title")) {
			rename(talk, session.title());
		}
		describe(talk, session);
		talk.placeAt(planned.position());
		if (planned.changes("speakers")) {
			people.know(talk.getSpeakers());
			talk.spokenBy(people.speakersOf(session));
		}
		if (planned.changes("companies")) {
			talk.presentedBy(people.companiesOf(session));
		}
		talk.reinstate();
	}

	private void rename(Talk talk, String title) {
		String old = talk.getSlug();
		String slug = this.formerSlugs.unique("talk", title, "talk", old, this.talks::existsBySlug);
		if (!slug.equals(old)) {
			talk.moveTo(slug);
			this.formerSlugs.renamed("talk", old, slug);
		}
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

}
