package io.talknotes.talk;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.talknotes.conference.Conference;
import io.talknotes.system.NamedLink;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

	/** Talks on a page of the talk list. */
	public static final int PAGE_SIZE = 50;

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

	/**
	 * A page of the talks that match the filter, in an order.
	 * @param filter what the list is narrowed to
	 * @param order the order
	 * @param number the page's number, from 1; past the last page, the last page
	 * @param size how many talks a page holds at most, such as {@link #PAGE_SIZE}
	 * @return the page
	 */
	@Cacheable(cacheNames = "talk-pages", sync = true)
	public TalkPage page(TalkFilter filter, TalkOrder order, int number, int size) {
		Specification<Talk> matching = TalkSpecifications.matching(filter, this.contents);
		if (order == TalkOrder.NOTES) {
			return byNotes(this.talks.findAll(matching, DECK_ORDER), number, size);
		}
		Page<Talk> found = this.talks.findAll(matching, PageRequest.of(Math.max(number, 1) - 1, size, sort(order)));
		if (found.getContent().isEmpty() && found.getTotalPages() > 0) {
			// Past the last page: the last page
			found = this.talks.findAll(matching, PageRequest.of(found.getTotalPages() - 1, size, sort(order)));
		}
		return new TalkPage(summarise(found.getContent()), found.getNumber() + 1, Math.max(found.getTotalPages(), 1),
				found.getTotalElements());
	}

	/** Most notes first, the programme's order among talks with as many. */
	private TalkPage byNotes(List<Talk> all, int number, int size) {
		Map<Long, Long> notes = this.contents.countByTalk(TalkContent.Kind.NOTES,
				all.stream().map(Talk::getId).toList());
		List<Talk> sorted = all.stream()
			.sorted(Comparator.comparing((Talk talk) -> notes.getOrDefault(talk.getId(), 0L)).reversed())
			.toList();
		int pages = pages(sorted.size(), size);
		int page = Math.min(Math.max(number, 1), pages);
		int from = (page - 1) * size;
		return new TalkPage(summarise(sorted.subList(from, Math.min(from + size, sorted.size()))), page, pages,
				sorted.size());
	}

	private static int pages(long total, int size) {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	private static Sort sort(TalkOrder order) {
		return switch (order) {
			case TIME -> Sort.by(Sort.Order.asc("startsAt").nullsLast()).and(Sort.by("title"));
			case TITLE -> Sort.by(Sort.Order.asc("title").ignoreCase()).and(Sort.by("id"));
			default -> DECK_ORDER.and(Sort.by("id"));
		};
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
	@Cacheable(cacheNames = "talk-details", sync = true)
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
					notes.getOrDefault(talk.getId(), 0L), figures.getOrDefault(talk.getId(), 0L), talk.isCancelled(),
					inZone(talk.getStartsAt(), zoneOf(talk.getConference())),
					links(talk.getSpeakers(), s -> new NamedLink(s.getSlug(), s.getName()))))
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
