package io.talknotes.note;

import java.util.List;

/**
 * What changed between two versions of a note.
 *
 * @param history the note and all its versions, to pick two others from
 * @param from the version compared from
 * @param to the version compared to
 * @param lines the lines of both, kept, removed and added
 */
public record NoteDiff(NoteHistory history, NoteVersion from, NoteVersion to, List<DiffLine> lines) {

	/** Whether the two versions have the same text. */
	public boolean isUnchanged() {
		return this.lines.stream().noneMatch((line) -> line.change() != DiffLine.Change.KEPT);
	}

}
