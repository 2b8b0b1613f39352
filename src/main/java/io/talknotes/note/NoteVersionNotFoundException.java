package io.talknotes.note;

import io.talknotes.system.NotFoundException;

/**
 * A note has no version with the number a URL names.
 */
public class NoteVersionNotFoundException extends NotFoundException {

	private NoteVersionNotFoundException(int number) {
		super("version", String.valueOf(number));
	}

	public static NoteVersionNotFoundException forNumber(int number) {
		return new NoteVersionNotFoundException(number);
	}

}
