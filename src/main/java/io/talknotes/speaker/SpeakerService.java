package io.talknotes.speaker;

import io.talknotes.company.Company;
import io.talknotes.system.FormerSlugs;

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

	private final FormerSlugs formerSlugs;

	SpeakerService(SpeakerRepository speakers, FormerSlugs formerSlugs) {
		this.speakers = speakers;
		this.formerSlugs = formerSlugs;
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

	/**
	 * The speaker with that name, ignoring case, or else a new one with a slug made from
	 * the name and not used yet. A speaker found without a company takes the one given.
	 * @param name the name as typed; surrounding and repeated blanks are dropped
	 * @param company the company they speak for, or {@code null} when not known
	 * @return the existing or new speaker
	 */
	@Transactional
	public Speaker findOrCreate(String name, Company company) {
		String clean = name.strip().replaceAll("\\s+", " ");
		Speaker speaker = this.speakers.findFirstByNameIgnoreCaseOrderById(clean).orElseGet(() -> {
			String slug = this.formerSlugs.unique("speaker", clean, "speaker", null, this.speakers::existsBySlug);
			return this.speakers.save(new Speaker(slug, clean, company));
		});
		if (speaker.getCompany() == null && company != null) {
			speaker.speaksFor(company);
		}
		return speaker;
	}

}
