package io.talknotes.note;

/**
 * A note was saved by someone else while it was being edited.
 */
public class NoteConflictException extends RuntimeException {

	private final NoteView current;

	NoteConflictException(NoteView current) {
		super("Note " + current.id() + " was changed by someone else");
		this.current = current;
	}

	/** The note as it is now saved. */
	public NoteView getCurrent() {
		return this.current;
	}

}
