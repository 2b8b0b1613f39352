package io.talknotes.conference;

import java.util.List;
import java.util.Map;

import io.talknotes.metric.MetricService;
import io.talknotes.note.NoteService;
import io.talknotes.talk.TalkService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conferences whose talks Talknotes holds.
 */
@Service
@Transactional(readOnly = true)
public class ConferenceService {

	private final ConferenceRepository conferences;

	private final TalkService talks;

	private final NoteService notes;

	private final MetricService metrics;

	ConferenceService(ConferenceRepository conferences, TalkService talks, NoteService notes, MetricService metrics) {
		this.conferences = conferences;
		this.talks = talks;
		this.notes = notes;
		this.metrics = metrics;
	}

	/**
	 * Every conference, the latest first, with how many talks, notes and figures it has.
	 */
	public List<ConferenceStats> overview() {
		Counted counted = counted();
		return all().stream().map(counted::stats).toList();
	}

	/**
	 * The conference with that slug, with how many talks, notes and figures it has.
	 * @throws ConferenceNotFoundException when there is none
	 */
	public ConferenceStats stats(String slug) {
		return counted().stats(get(slug));
	}

	/** One query each for the talks, notes and figures of every conference. */
	private Counted counted() {
		return new Counted(this.talks.countByConference(), this.notes.countByConference(),
				this.metrics.countByConference());
	}

	private record Counted(Map<Long, Long> talks, Map<Long, Long> notes, Map<Long, Long> metrics) {

		ConferenceStats stats(Conference conference) {
			Long id = conference.getId();
			return new ConferenceStats(conference, this.talks.getOrDefault(id, 0L), this.notes.getOrDefault(id, 0L),
					this.metrics.getOrDefault(id, 0L));
		}

	}

	/** Every conference, the latest first. */
	public List<Conference> all() {
		return this.conferences.findAllByOrderByStartsOnDesc();
	}

	/**
	 * The conference with that slug.
	 * @throws ConferenceNotFoundException when there is none
	 */
	public Conference get(String slug) {
		return this.conferences.findBySlug(slug).orElseThrow(() -> ConferenceNotFoundException.forSlug(slug));
	}

}
