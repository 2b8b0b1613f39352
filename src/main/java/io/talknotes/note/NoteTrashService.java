package io.talknotes.note;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trash of deleted notes: what is in it, who wrote and who deleted each, bringing a
 * note back exactly as it was, and deleting one for good.
 */
@Service
@Transactional(readOnly = true)
public class NoteTrashService {

	private final NoteRepository notes;

	private final MarkdownRenderer markdown;

	NoteTrashService(NoteRepository notes, MarkdownRenderer markdown) {
		this.notes = notes;
		this.markdown = markdown;
	}

	/** The notes in the trash, the last deleted first. */
	public List<TrashedNote> trashed() {
		return this.notes.findTrashed().stream().map(this::trashed).toList();
	}

	/**
	 * A note in the trash, with who wrote it and who deleted it.
	 * @throws NoteNotFoundException when no note of that id is in the trash
	 */
	public TrashedNote get(Long noteId) {
		return trashed(find(noteId));
	}

	/**
	 * Takes a note out of the trash: it is back on its talk's page, in the counts and in
	 * search, with its text and versions as they were.
	 * @throws NoteNotFoundException when no note of that id is in the trash
	 */
	@Transactional
	public NoteView restore(Long noteId) {
		Note note = find(noteId);
		note.takeOutOfTrash();
		return NoteView.of(note, this.markdown);
	}

	/**
	 * Deletes a note in the trash for good, with all its versions.
	 * @throws NoteNotFoundException when no note of that id is in the trash
	 */
	@Transactional
	public void purge(Long noteId) {
		this.notes.delete(find(noteId));
	}

	private Note find(Long noteId) {
		return this.notes.findWithTalkById(noteId)
			.filter(Note::isTrashed)
			.orElseThrow(() -> NoteNotFoundException.forId(noteId));
	}

	private TrashedNote trashed(Note note) {
		return new TrashedNote(NoteView.of(note, this.markdown), note.getDeletedAt(), note.getDeletedBy());
	}

}
