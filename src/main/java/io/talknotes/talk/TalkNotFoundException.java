package io.talknotes.talk;

import io.talknotes.system.NotFoundException;

/**
 * No talk has the slug a URL names.
 */
public class TalkNotFoundException extends NotFoundException {

	private TalkNotFoundException(String slug) {
		super("talk", slug);
	}

	public static TalkNotFoundException forSlug(String slug) {
		return new TalkNotFoundException(slug);
	}

}
