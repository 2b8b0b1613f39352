package io.talknotes.conference;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.talknotes.system.DeletionRefusedException;
import io.talknotes.system.NameTakenException;
import io.talknotes.system.NamedEntities;
import io.talknotes.system.Names;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conferences whose talks Talknotes holds, added, changed and deleted by hand.
 */
@Service
@Transactional(readOnly = true)
public class ConferenceService {

	private static final String KIND = "conference";

	private final ConferenceRepository conferences;

	private final List<ConferenceCounter> counters;

	private final NamedEntities named;

	ConferenceService(ConferenceRepository conferences, ObjectProvider<ConferenceCounter> counters,
			NamedEntities named) {
		this.conferences = conferences;
		this.counters = counters.orderedStream().toList();
		this.named = named;
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
		Map<ConferenceCounter.Kind, Map<Long, Long>> counts = new EnumMap<>(ConferenceCounter.Kind.class);
		this.counters.forEach((counter) -> counts.put(counter.counts(), counter.countByConference()));
		return new Counted(counts);
	}

	private record Counted(Map<ConferenceCounter.Kind, Map<Long, Long>> counts) {

		ConferenceStats stats(Conference conference) {
			return new ConferenceStats(conference, count(ConferenceCounter.Kind.TALKS, conference),
					count(ConferenceCounter.Kind.NOTES, conference), count(ConferenceCounter.Kind.FIGURES, conference));
		}

		private long count(ConferenceCounter.Kind kind, Conference conference) {
			return this.counts.getOrDefault(kind, Map.of()).getOrDefault(conference.getId(), 0L);
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

	/**
	 * Adds a conference, with a slug made from its name.
	 * @throws NameTakenException when a conference has that name
	 */
	@Transactional
	public Conference create(ConferenceForm form) {
		this.named.requireFree(this.conferences.findFirstByNameIgnoreCaseOrderById(form.name()), null);
		Conference conference = new Conference(this.named.slugFor(KIND, form.name(), this.conferences::existsBySlug),
				form.name(), null, null, null);
		return this.conferences.save(fill(conference, form));
	}

	/**
	 * Changes a conference. A new name gives it a new slug; the old one leads to it
	 * still, and its talks are found by the new name.
	 * @throws ConferenceNotFoundException when there is none with that slug
	 * @throws NameTakenException when another conference has the new name
	 */
	@Transactional
	public Conference update(String slug, ConferenceForm form) {
		Conference conference = get(slug);
		this.named.requireFree(this.conferences.findFirstByNameIgnoreCaseOrderById(form.name()), conference);
		this.named.rename(KIND, conference, form.name(), this.conferences::existsBySlug);
		return fill(conference, form);
	}

	/**
	 * What deleting the conference would do.
	 * @throws ConferenceNotFoundException when there is none with that slug
	 */
	public ConferenceDeletion deletion(String slug) {
		Conference conference = get(slug);
		return new ConferenceDeletion(conference, this.conferences.countTalks(conference),
				this.conferences.countNotes(conference), this.conferences.countNotesInTrash(conference),
				this.conferences.countMetrics(conference));
	}

	/**
	 * Deletes a conference and its talks, unless they have notes or figures.
	 * @throws ConferenceNotFoundException when there is none with that slug
	 * @throws DeletionRefusedException when its talks have notes or figures
	 */
	@Transactional
	public void delete(String slug) {
		ConferenceDeletion deletion = deletion(slug);
		if (deletion.refused()) {
			throw new DeletionRefusedException(deletion.conference().getName());
		}
		this.named.deleting(KIND, deletion.conference());
		this.conferences.delete(deletion.conference());
	}

	private static Conference fill(Conference conference, ConferenceForm form) {
		conference.describe(Names.orNull(form.acronym()), Names.orNull(form.edition()),
				Names.orNull(form.description()));
		conference.takesPlace(Names.orNull(form.city()), form.startsOn(), form.endsOn(), Names.orNull(form.timeZone()));
		conference.link(Names.orNull(form.websiteUrl()));
		return conference;
	}

}
