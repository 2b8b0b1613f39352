package io.talknotes.note;

import java.util.List;

/**
 * A note with every version of its text.
 *
 * @param note the note as it is now
 * @param versions every version, the current one first
 */
public record NoteHistory(NoteView note, List<NoteVersion> versions) {

	/** The number of the current version. */
	public int currentNumber() {
		return this.versions.get(0).number();
	}

	/** The number of the version before the current one, or the current one's if none. */
	public int previousNumber() {
		return Math.max(1, currentNumber() - 1);
	}

}
