package io.talknotes.talk;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.talknotes.company.Company;
import io.talknotes.company.CompanyService;
import io.talknotes.conference.Conference;
import io.talknotes.conference.ConferenceService;
import io.talknotes.project.Project;
import io.talknotes.project.ProjectService;
import io.talknotes.speaker.Speaker;
import io.talknotes.speaker.SpeakerService;
import io.talknotes.system.FormerSlugs;
import io.talknotes.system.NamedEntity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes, cancels and deletes talks as editors do by hand. A renamed talk gets a
 * new slug and its old one keeps leading to it; a talk that notes or figures are about is
 * never deleted, only marked cancelled.
 */
@Service
@Transactional
public class TalkEditing {

	private static final String KIND = "talk";

	/** Slugs that name pages of their own under /talks. */
	private static final Set<String> RESERVED = Set.of("new");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final TalkRepository talks;

	private final ConferenceService conferences;

	private final SpeakerService speakers;

	private final CompanyService companies;

	private final ProjectService projects;

	private final FormerSlugs formerSlugs;

	private final TalkContents contents;

	private final ApplicationEventPublisher events;

	TalkEditing(TalkRepository talks, ConferenceService conferences, SpeakerService speakers, CompanyService companies,
			ProjectService projects, FormerSlugs formerSlugs, ObjectProvider<TalkContent> contents,
			ApplicationEventPublisher events) {
		this.talks = talks;
		this.conferences = conferences;
		this.speakers = speakers;
		this.companies = companies;
		this.projects = projects;
		this.formerSlugs = formerSlugs;
		this.contents = new TalkContents(contents);
		this.events = events;
	}

	/**
	 * Adds a talk to the form's conference, after its other talks; new speakers,
	 * companies and projects named in the form are found by name or created.
	 * @param form a form {@link TalkFormChecks} found nothing wrong with
	 * @return the new talk's slug
	 */
	public String create(TalkForm form) {
		Conference conference = this.conferences.get(form.conference());
		Talk talk = new Talk(freeSlug(form.title(), null), conference, TalkForm.clean(form.title()), form.chosenKind());
		talk.placeAt(this.talks.lastSortOrder(conference.getId()) + 1);
		apply(talk, form);
		return this.talks.save(talk).getSlug();
	}

	/**
	 * Changes a talk as the form says; it stays in its conference. A new title gives it a
	 * new slug, and the old one leads to it from then on.
	 * @return the talk's slug, new when its title changed
	 * @throws TalkNotFoundException when there is no such talk
	 */
	public String update(String slug, TalkForm form) {
		Talk talk = find(slug);
		if (!Objects.equals(TalkForm.clean(form.title()), talk.getTitle())) {
			moveTo(talk, freeSlug(form.title(), slug));
		}
		apply(talk, form);
		return talk.getSlug();
	}

	/**
	 * Deletes a talk nothing is about; its old slugs then lead nowhere.
	 * @return the slug of its conference
	 * @throws TalkInUseException when notes (also in the trash) or figures are about it
	 */
	public String delete(String slug) {
		Talk talk = find(slug);
		TalkUsage usage = usage(talk);
		if (usage.isInUse()) {
			throw new TalkInUseException(slug, usage);
		}
		String conference = talk.getConference().getSlug();
		this.talks.delete(talk);
		this.formerSlugs.forget(KIND, slug);
		return conference;
	}

	/** Marks the talk cancelled: it stays, with its notes and figures, and is found. */
	public void cancel(String slug) {
		find(slug).cancel();
	}

	/** Puts a cancelled talk back on the schedule. */
	public void reinstate(String slug) {
		find(slug).reinstate();
	}

	/** What is about the talk, which keeps it from being deleted. */
	@Transactional(readOnly = true)
	public TalkUsage usage(String slug) {
		return usage(find(slug));
	}

	/** The form filled with the talk as it is, for editing it. */
	@Transactional(readOnly = true)
	public TalkForm formFor(String slug) {
		Talk talk = find(slug);
		ZoneId zone = TalkService.zoneOf(talk.getConference());
		ZonedDateTime start = (talk.getStartsAt() != null) ? talk.getStartsAt().atZone(zone) : null;
		ZonedDateTime end = (talk.getEndsAt() != null) ? talk.getEndsAt().atZone(zone) : null;
		return new TalkForm(talk.getConference().getSlug(), talk.getTitle(), text(talk.getSubtitle()),
				talk.getKind().getParameter(), text(talk.getTrack()),
				(start != null) ? start.toLocalDate().toString() : "", (start != null) ? TIME.format(start) : "",
				(end != null) ? TIME.format(end) : "", text(talk.getRoom()), text(talk.getAbstractText()),
				text(talk.getDescription()), slugs(talk.getSpeakers()), "", slugs(talk.getCompanies()), "",
				slugs(talk.getProjects()), "", text(talk.getScheduleUrl()), text(talk.getSlidesUrl()),
				text(talk.getVideoUrl()), talk.isAttended() ? "true" : "");
	}

	private void apply(Talk talk, TalkForm form) {
		talk.describe(TalkForm.clean(form.title()), TalkForm.clean(form.subtitle()), form.chosenKind(),
				TalkForm.clean(form.track()), TalkForm.cleanText(form.abstractText()),
				TalkForm.cleanText(form.description()));
		ZoneId zone = TalkService.zoneOf(talk.getConference());
		talk.schedule(form.startsAt(zone), form.endsAt(zone), TalkForm.clean(form.room()));
		talk.link(TalkForm.clean(form.scheduleUrl()), TalkForm.clean(form.slidesUrl()),
				TalkForm.clean(form.videoUrl()));
		talk.attended(form.isAttended());
		credit(talk, form);
	}

	/**
	 * Who presented the talk and what it covers: those picked, and those typed, found by
	 * name or created.
	 */
	private void credit(Talk talk, TalkForm form) {
		Set<Speaker> speakers = new LinkedHashSet<>(
				form.speakerSlugs().isEmpty() ? List.of() : this.talks.findSpeakers(form.speakerSlugs()));
		Set<Company> companies = new LinkedHashSet<>(form.companySlugs().stream().map(this.companies::get).toList());
		for (TalkForm.NewSpeaker line : form.newSpeakerLines()) {
			Company company = (line.company() != null) ? this.companies.findOrCreate(line.company()) : null;
			speakers.add(this.speakers.findOrCreate(line.name(), company));
			// Whom a speaker speaks for presented the talk
			if (company != null) {
				companies.add(company);
			}
		}
		form.otherCompanyNames().forEach((name) -> companies.add(this.companies.findOrCreate(name)));
		Set<Project> projects = new LinkedHashSet<>(form.projectSlugs().stream().map(this.projects::get).toList());
		form.otherProjectNames().forEach((name) -> projects.add(this.projects.findOrCreate(name)));
		talk.spokenBy(speakers);
		talk.presentedBy(companies);
		talk.covers(projects);
	}

	/**
	 * Gives the talk a new slug and remembers the old one, and says so: the search
	 * documents of its notes name the talk by slug.
	 */
	private void moveTo(Talk talk, String slug) {
		String old = talk.getSlug();
		talk.moveTo(slug);
		this.formerSlugs.renamed(KIND, old, slug);
		this.events.publishEvent(new TalkRenamed(talk.getId(), old, slug));
	}

	private String freeSlug(String title, String own) {
		return this.formerSlugs.unique(KIND, TalkForm.clean(title), KIND, own,
				(slug) -> RESERVED.contains(slug) || this.talks.existsBySlug(slug));
	}

	private TalkUsage usage(Talk talk) {
		return new TalkUsage(this.contents.countKept(TalkContent.Kind.NOTES, talk.getId()),
				this.contents.countKept(TalkContent.Kind.FIGURES, talk.getId()));
	}

	private Talk find(String slug) {
		return this.talks.findBySlug(slug).orElseThrow(() -> TalkNotFoundException.forSlug(slug));
	}

	private static List<String> slugs(Set<? extends NamedEntity> items) {
		return items.stream().map(NamedEntity::getSlug).toList();
	}

	private static String text(String value) {
		return Objects.requireNonNullElse(value, "");
	}

}
