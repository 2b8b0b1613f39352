package io.talknotes.note;

import java.time.Instant;

/**
 * A note in the trash.
 *
 * @param note the note as it was when it was deleted
 * @param deletedAt when it was deleted
 * @param deletedBy who deleted it
 */
public record TrashedNote(NoteView note, Instant deletedAt, String deletedBy) {

}
