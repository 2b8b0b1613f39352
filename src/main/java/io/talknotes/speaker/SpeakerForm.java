package io.talknotes.speaker;

import io.talknotes.system.Names;
import io.talknotes.system.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the speaker form sends, cleaned as it is bound: blanks around and between words
 * dropped, so that what is checked is what is saved.
 *
 * @param name the speaker's name, required and unique among speakers
 * @param company the name of the company they speak for, found or added; empty for none
 * @param websiteUrl their own page, profile or blog, http or https
 */
public record SpeakerForm(
		@NotBlank(message = "{speaker.name.blank}") @Size(max = 200, message = "{form.name.size}") String name,
		@Size(max = 200, message = "{form.name.size}") String company,
		@Size(max = 500, message = "{form.website.size}") @WebAddress String websiteUrl) {

	public SpeakerForm {
		name = Names.clean(name);
		company = Names.clean(company);
		websiteUrl = Names.clean(websiteUrl);
	}

	/** An empty form, with the name of the company the speaker speaks for if known. */
	public static SpeakerForm forCompany(String company) {
		return new SpeakerForm("", company, "");
	}

	/** A form holding a saved speaker, for editing them. */
	static SpeakerForm of(SpeakerDetails speaker) {
		return new SpeakerForm(speaker.name(), (speaker.company() != null) ? speaker.company().name() : "",
				speaker.websiteUrl());
	}

}
