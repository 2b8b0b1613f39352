package io.talknotes.speaker;

import io.talknotes.system.NamedLink;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who gave talks.
 */
@Service
@Transactional(readOnly = true)
public class SpeakerService {

	private final SpeakerRepository speakers;

	SpeakerService(SpeakerRepository speakers) {
		this.speakers = speakers;
	}

	/**
	 * The speaker with that slug.
	 * @throws SpeakerNotFoundException when there is none
	 */
	public SpeakerDetails get(String slug) {
		Speaker speaker = this.speakers.findBySlug(slug).orElseThrow(() -> SpeakerNotFoundException.forSlug(slug));
		NamedLink company = (speaker.getCompany() != null)
				? new NamedLink(speaker.getCompany().getSlug(), speaker.getCompany().getName()) : null;
		return new SpeakerDetails(speaker.getSlug(), speaker.getName(), company);
	}

}
