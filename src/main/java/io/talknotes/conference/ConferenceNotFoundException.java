package io.talknotes.conference;

import io.talknotes.system.NotFoundException;

/**
 * No conference has the slug a URL names.
 */
public class ConferenceNotFoundException extends NotFoundException {

	private ConferenceNotFoundException(String slug) {
		super("conference", slug);
	}

	public static ConferenceNotFoundException forSlug(String slug) {
		return new ConferenceNotFoundException(slug);
	}

}
