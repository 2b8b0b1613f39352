package io.talknotes.speaker;

import io.talknotes.system.NotFoundException;

/**
 * No speaker has the slug a URL names.
 */
public class SpeakerNotFoundException extends NotFoundException {

	private SpeakerNotFoundException(String slug) {
		super("speaker", slug);
	}

	public static SpeakerNotFoundException forSlug(String slug) {
		return new SpeakerNotFoundException(slug);
	}

}
