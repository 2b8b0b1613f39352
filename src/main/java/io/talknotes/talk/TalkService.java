package io.talknotes.talk;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.talknotes.conference.Conference;
import io.talknotes.system.NamedLink;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds talks and tells what they are about. Other features reach talks through this
 * service.
 */
@Service
@Transactional(readOnly = true)
public class TalkService {

	private static final Sort PROGRAMME_ORDER = Sort.by("sortOrder", "title", "id");

	private static final Sort DECK_ORDER = Sort.by("conference.startsOn")
		.descending()
		.and(Sort.by("sortOrder", "title"));

	private final TalkRepository talks;

	private final TalkContents contents;

	TalkService(TalkRepository talks, ObjectProvider<TalkContent> contents) {
		this.talks = talks;
		this.contents = new TalkContents(contents);
	}

	/** The talks that match the filter, in the order of the conference programme. */
	public List<TalkSummary> list(TalkFilter filter) {
		return summarise(this.talks.findAll(TalkSpecifications.matching(filter, this.contents), DECK_ORDER));
	}

	/** Talks a company presented. */
	public List<TalkSummary> presentedBy(String companySlug) {
		return summarise(this.talks.findByCompanySlug(companySlug));
	}

	/** Talks that cover a project. */
	public List<TalkSummary> covering(String projectSlug) {
		return summarise(this.talks.findByProjectSlug(projectSlug));
	}

	/** Talks a speaker gave. */
	public List<TalkSummary> spokenBy(String speakerSlug) {
		return summarise(this.talks.findBySpeakerSlug(speakerSlug));
	}

	/**
	 * The talk with that slug.
	 * @throws TalkNotFoundException when there is none
	 */
	public TalkDetails details(String slug) {
		Talk talk = find(slug);
		Conference conference = talk.getConference();
		ZoneId zone = zoneOf(conference);
		return new TalkDetails(talk.getId(), talk.getSlug(), talk.getTitle(), talk.getSubtitle(), talk.getKind(),
				talk.getAbstractText(), talk.getDescription(), inZone(talk.getStartsAt(), zone),
				inZone(talk.getEndsAt(), zone), talk.getRoom(), talk.getTrack(),
				new NamedLink(conference.getSlug(), conference.getName()),
				links(talk.getSpeakers(), s -> new NamedLink(s.getSlug(), s.getName())),
				links(talk.getCompanies(), c -> new NamedLink(c.getSlug(), c.getName())),
				links(talk.getProjects(), p -> new NamedLink(p.getSlug(), p.getName())), materials(talk),
				talk.isAttended(), talk.isCancelled());
	}

	/**
	 * The conference's talks as a schedule by day, start time and room in the
	 * conference's time zone, with the talks whose time is not known after it.
	 * @param conferenceId the conference's id
	 * @return the schedule; without days when no talk has a time
	 */
	public ConferenceSchedule schedule(Long conferenceId) {
		List<Talk> found = this.talks.findByConferenceId(conferenceId, PROGRAMME_ORDER);
		ZoneId zone = found.isEmpty() ? ZoneOffset.UTC : zoneOf(found.get(0).getConference());
		List<TalkSummary> summaries = summarise(found);
		List<ConferenceSchedule.ScheduledTalk> timed = new ArrayList<>();
		List<TalkSummary> untimed = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Talk talk = found.get(i);
			if (talk.getStartsAt() == null) {
				untimed.add(summaries.get(i));
			}
			else {
				timed.add(new ConferenceSchedule.ScheduledTalk(summaries.get(i), inZone(talk.getStartsAt(), zone),
						inZone(talk.getEndsAt(), zone), talk.getRoom(), talk.getTrack()));
			}
		}
		return ConferenceSchedule.of(zone, timed, untimed);
	}

	/**
	 * The speakers a talk form offers: those of the conference's talks, and those already
	 * picked, by name.
	 * @param conferenceSlug the conference the talk belongs to
	 * @param picked slugs of speakers picked, wherever they spoke
	 */
	public List<NamedLink> speakerChoices(String conferenceSlug, Collection<String> picked) {
		return this.talks.findSpeakerChoices(conferenceSlug, picked)
			.stream()
			.map((speaker) -> new NamedLink(speaker.getSlug(), speaker.getName()))
			.toList();
	}

	/**
	 * The talk entity, for features that attach things to it (notes, figures).
	 * @throws TalkNotFoundException when there is none
	 */
	public Talk find(String slug) {
		return this.talks.findBySlug(slug).orElseThrow(() -> TalkNotFoundException.forSlug(slug));
	}

	private List<TalkSummary> summarise(List<Talk> found) {
		List<Long> ids = found.stream().map(Talk::getId).toList();
		Map<Long, Long> notes = this.contents.countByTalk(TalkContent.Kind.NOTES, ids);
		Map<Long, Long> figures = this.contents.countByTalk(TalkContent.Kind.FIGURES, ids);
		return found.stream()
			.map((talk) -> new TalkSummary(talk.getSlug(), talk.getTitle(), talk.getKind(),
					new NamedLink(talk.getConference().getSlug(), talk.getConference().getName()),
					links(talk.getCompanies(), c -> new NamedLink(c.getSlug(), c.getName())),
					links(talk.getProjects(), p -> new NamedLink(p.getSlug(), p.getName())), talk.isAttended(),
					notes.getOrDefault(talk.getId(), 0L), figures.getOrDefault(talk.getId(), 0L), talk.isCancelled()))
			.toList();
	}

	private static <T> List<NamedLink> links(Collection<T> items, Function<T, NamedLink> toLink) {
		return items.stream().map(toLink).toList();
	}

	private static List<TalkDetails.TalkLink> materials(Talk talk) {
		List<TalkDetails.TalkLink> links = new ArrayList<>();
		if (talk.getScheduleUrl() != null) {
			links.add(new TalkDetails.TalkLink("talk.link.schedule", talk.getScheduleUrl()));
		}
		if (talk.getSlidesUrl() != null) {
			links.add(new TalkDetails.TalkLink("talk.link.slides", talk.getSlidesUrl()));
		}
		if (talk.getVideoUrl() != null) {
			links.add(new TalkDetails.TalkLink("talk.link.video", talk.getVideoUrl()));
		}
		return links;
	}

	/** The conference's time zone; UTC when it has none or one Java does not know. */
	static ZoneId zoneOf(Conference conference) {
		try {
			return (conference.getTimeZone() != null) ? ZoneId.of(conference.getTimeZone()) : ZoneOffset.UTC;
		}
		catch (DateTimeException ex) {
			return ZoneOffset.UTC;
		}
	}

	private static ZonedDateTime inZone(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone) : null;
	}

}
