package io.talknotes.speaker;

import io.talknotes.company.Company;
import io.talknotes.company.CompanyService;
import io.talknotes.system.FormerSlugs;
import io.talknotes.system.ItemKind;
import io.talknotes.system.NameTakenException;
import io.talknotes.system.NamedEntities;
import io.talknotes.system.NamedEntityDeleting;
import io.talknotes.system.NamedLink;
import io.talknotes.system.Names;
import io.talknotes.system.Usage;
import io.talknotes.system.Usages;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who gave talks, added, changed and deleted by hand or found by name.
 */
@Service
@Transactional(readOnly = true)
public class SpeakerService {

	private static final String KIND = "speaker";

	private final SpeakerRepository speakers;

	private final FormerSlugs formerSlugs;

	private final NamedEntities named;

	private final CompanyService companies;

	private final Usages usages;

	SpeakerService(SpeakerRepository speakers, FormerSlugs formerSlugs, NamedEntities named, CompanyService companies,
			Usages usages) {
		this.speakers = speakers;
		this.formerSlugs = formerSlugs;
		this.named = named;
		this.companies = companies;
		this.usages = usages;
	}

	/**
	 * The speaker with that slug.
	 * @throws SpeakerNotFoundException when there is none
	 */
	public SpeakerDetails get(String slug) {
		return details(find(slug));
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
			String slug = this.formerSlugs.unique(KIND, clean, KIND, null, this.speakers::existsBySlug);
			return this.speakers.save(new Speaker(slug, clean, company));
		});
		if (speaker.getCompany() == null && company != null) {
			speaker.speaksFor(company);
		}
		return speaker;
	}

	/**
	 * Adds a speaker, with a slug made from their name; a company typed that is not in
	 * Talknotes yet is added.
	 * @throws NameTakenException when a speaker has that name
	 */
	@Transactional
	public SpeakerDetails create(SpeakerForm form) {
		this.named.requireFree(this.speakers.findFirstByNameIgnoreCaseOrderById(form.name()), null);
		Speaker speaker = new Speaker(this.named.slugFor(KIND, form.name(), this.speakers::existsBySlug), form.name(),
				null);
		return details(this.speakers.save(fill(speaker, form)));
	}

	/**
	 * Changes a speaker. A new name gives them a new slug; the old one leads to them
	 * still, and their talks are found by the new name.
	 * @throws SpeakerNotFoundException when there is none with that slug
	 * @throws NameTakenException when another speaker has the new name
	 */
	@Transactional
	public SpeakerDetails update(String slug, SpeakerForm form) {
		Speaker speaker = find(slug);
		this.named.requireFree(this.speakers.findFirstByNameIgnoreCaseOrderById(form.name()), speaker);
		this.named.rename(KIND, speaker, form.name(), this.speakers::existsBySlug);
		return details(fill(speaker, form));
	}

	/**
	 * What deleting the speaker would do.
	 * @throws SpeakerNotFoundException when there is none with that slug
	 */
	public SpeakerDeletion deletion(String slug) {
		Speaker speaker = find(slug);
		return new SpeakerDeletion(details(speaker), this.usages.count(Usage.TALKS, ItemKind.SPEAKER, speaker.getId()));
	}

	/**
	 * Deletes a speaker, taking them off their talks.
	 * @throws SpeakerNotFoundException when there is none with that slug
	 */
	@Transactional
	public void delete(String slug) {
		Speaker speaker = find(slug);
		this.named.deleting(KIND, speaker);
		this.speakers.delete(speaker);
	}

	/** Speakers of a company that is deleted speak for none from then on. */
	@EventListener
	@Transactional
	void companyDeleting(NamedEntityDeleting event) {
		if (event.item() instanceof Company company) {
			this.speakers.findByCompany(company).forEach((speaker) -> speaker.speaksFor(null));
		}
	}

	private Speaker find(String slug) {
		return this.speakers.findBySlug(slug).orElseThrow(() -> SpeakerNotFoundException.forSlug(slug));
	}

	private Speaker fill(Speaker speaker, SpeakerForm form) {
		speaker.speaksFor(form.company().isEmpty() ? null : this.companies.findOrCreate(form.company()));
		speaker.link(Names.orNull(form.websiteUrl()));
		return speaker;
	}

	private static SpeakerDetails details(Speaker speaker) {
		Company company = speaker.getCompany();
		return new SpeakerDetails(speaker.getId(), speaker.getSlug(), speaker.getName(),
				(company != null) ? new NamedLink(company.getSlug(), company.getName()) : null,
				speaker.getWebsiteUrl());
	}

}
