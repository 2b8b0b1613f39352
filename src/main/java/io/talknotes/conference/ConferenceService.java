package io.talknotes.conference;

import java.util.List;

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
		return all().stream().map(this::stats).toList();
	}

	/**
	 * The conference with that slug, with how many talks, notes and figures it has.
	 * @throws ConferenceNotFoundException when there is none
	 */
	public ConferenceStats stats(String slug) {
		return stats(get(slug));
	}

	private ConferenceStats stats(Conference conference) {
		Long id = conference.getId();
		return new ConferenceStats(conference, this.talks.countFor(id), this.notes.countForConference(id),
				this.metrics.countForConference(id));
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
