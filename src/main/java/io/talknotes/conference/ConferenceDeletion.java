package io.talknotes.conference;

/**
 * What deleting a conference would do: delete its talks with it, or be refused while
 * notes or figures depend on them.
 *
 * @param conference the conference
 * @param talkCount how many talks would be deleted with it
 * @param noteCount how many notes its talks have
 * @param notesInTrash how many notes of its talks are in the trash, which deleting would
 * delete for good
 * @param figureCount how many figures were quoted in its talks
 */
public record ConferenceDeletion(Conference conference, long talkCount, long noteCount, long notesInTrash,
		long figureCount) {

	/**
	 * Whether the conference may not be deleted, for the notes or figures of its talks.
	 */
	public boolean refused() {
		return this.noteCount > 0 || this.notesInTrash > 0 || this.figureCount > 0;
	}

}
