package io.talknotes.conference;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conferences whose talks Talknotes holds.
 */
@Service
@Transactional(readOnly = true)
public class ConferenceService {

	private final ConferenceRepository conferences;

	ConferenceService(ConferenceRepository conferences) {
		this.conferences = conferences;
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
