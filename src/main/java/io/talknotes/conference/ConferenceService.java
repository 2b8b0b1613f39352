package io.talknotes.conference;

import java.util.List;
import java.util.Optional;
import java.util.Map;

import io.talknotes.system.DeletionRefusedException;
import io.talknotes.system.ItemKind;
import io.talknotes.system.NameTakenException;
import io.talknotes.system.NamedEntities;
import io.talknotes.system.Names;
import io.talknotes.system.Usage;
import io.talknotes.system.Usages;

import org.springframework.cache.annotation.Cacheable;
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

	private final Usages usages;

	private final NamedEntities named;

	ConferenceService(ConferenceRepository conferences, Usages usages, NamedEntities named) {
		this.conferences = conferences;
		this.usages = usages;
		this.named = named;
	}

	/**
	 * Every conference, the latest first, with how many talks, notes and figures it has.
	 */
	@Cacheable(cacheNames = "conference-overview", sync = true)
	public List<ConferenceStats> overview() {
		List<Conference> all = all();
		Counted counted = counted(all);
		return all.stream().map(counted::stats).toList();
	}

	/**
	 * The conference with that slug, with how many talks, notes and figures it has.
	 * @throws ConferenceNotFoundException when there is none
	 */
	public ConferenceStats stats(String slug) {
		Conference conference = get(slug);
		return counted(List.of(conference)).stats(conference);
	}

	/** One query each for the talks, notes and figures of the conferences. */
	private Counted counted(List<Conference> conferences) {
		List<Long> ids = conferences.stream().map(Conference::getId).toList();
		return new Counted(count(Usage.TALKS, ids), count(Usage.NOTES, ids), count(Usage.FIGURES, ids));
	}

	private Map<Long, Long> count(Usage usage, List<Long> ids) {
		return this.usages.count(usage, ItemKind.CONFERENCE, ids);
	}

	private record Counted(Map<Long, Long> talks, Map<Long, Long> notes, Map<Long, Long> figures) {

		ConferenceStats stats(Conference conference) {
			Long id = conference.getId();
			return new ConferenceStats(conference, this.talks.getOrDefault(id, 0L), this.notes.getOrDefault(id, 0L),
					this.figures.getOrDefault(id, 0L));
		}

	}

	/** Every conference, the latest first. */
	@Cacheable(cacheNames = "conferences", sync = true)
	public List<Conference> all() {
		return List.copyOf(this.conferences.findAllByOrderByStartsOnDesc());
	}

	/**
	 * The conference with that slug.
	 * @throws ConferenceNotFoundException when there is none
	 */
	public Conference get(String slug) {
		return this.conferences.findBySlug(slug).orElseThrow(() -> ConferenceNotFoundException.forSlug(slug));
	}

	/** The name of the conference with that slug, if there is one. */
	public Optional<String> nameWithSlug(String slug) {
		return this.conferences.findBySlug(slug).map(Conference::getName);
	}

	/** The slug of the conference with that name, ignoring case, if there is one. */
	public Optional<String> slugNamed(String name) {
		return this.conferences.findFirstByNameIgnoreCaseOrderById(name).map(Conference::getSlug);
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
		Long id = conference.getId();
		return new ConferenceDeletion(conference, this.usages.count(Usage.TALKS, ItemKind.CONFERENCE, id),
				this.usages.count(Usage.NOTES, ItemKind.CONFERENCE, id),
				this.usages.count(Usage.TRASHED_NOTES, ItemKind.CONFERENCE, id),
				this.usages.count(Usage.FIGURES, ItemKind.CONFERENCE, id));
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
