package io.talknotes.note;

import io.talknotes.system.NotFoundException;

/**
 * No note has the id a URL names.
 */
public class NoteNotFoundException extends NotFoundException {

	private NoteNotFoundException(Long id) {
		super("note", String.valueOf(id));
	}

	public static NoteNotFoundException forId(Long id) {
		return new NoteNotFoundException(id);
	}

}
