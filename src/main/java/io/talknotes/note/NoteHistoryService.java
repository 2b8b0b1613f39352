package io.talknotes.note;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a note: every text it had, what changed between any two, and bringing
 * an earlier text back as a new version.
 */
@Service
@Transactional(readOnly = true)
public class NoteHistoryService {

	private final NoteService notes;

	private final MarkdownRenderer markdown;

	NoteHistoryService(NoteService notes, MarkdownRenderer markdown) {
		this.notes = notes;
		this.markdown = markdown;
	}

	/**
	 * Every version of a note of the talk, the current one first.
	 * @throws NoteNotFoundException when the talk has no such note, or it is in the trash
	 */
	public NoteHistory history(String talkSlug, Long noteId) {
		return history(this.notes.find(talkSlug, noteId));
	}

	/**
	 * What changed from one version of a note to another, either way round.
	 * @throws NoteVersionNotFoundException when the note has no version of a number
	 */
	public NoteDiff diff(String talkSlug, Long noteId, int from, int to) {
		NoteHistory history = history(this.notes.find(talkSlug, noteId));
		NoteVersion older = version(history, from);
		NoteVersion newer = version(history, to);
		return new NoteDiff(history, older, newer, TextDiff.lines(older.body(), newer.body()));
	}

	/**
	 * Makes the text of an earlier version the note's current text, as a new version; the
	 * text it replaces is kept as a revision. Restoring the current text changes nothing.
	 * @param expectedVersion the note's version when its history was shown
	 * @param username the account that restores it
	 * @throws NoteConflictException when someone saved the note in the meantime
	 */
	@Transactional
	public NoteView restore(String talkSlug, Long noteId, int number, long expectedVersion, String username) {
		return this.notes.change(talkSlug, noteId, expectedVersion, username,
				(note, by, now) -> note.restore(version(history(note), number).body(), by, now));
	}

	private NoteHistory history(Note note) {
		List<NoteRevision> revisions = new ArrayList<>(note.getRevisions());
		revisions.sort(Comparator.comparing(NoteRevision::getId, Comparator.nullsLast(Comparator.naturalOrder())));
		List<NoteVersion> versions = new ArrayList<>();
		versions.add(new NoteVersion(revisions.size() + 1, note.getLastWriter(), note.getUpdatedAt(), note.getBody(),
				this.markdown.toHtml(note.getBody()), true));
		for (int i = revisions.size() - 1; i >= 0; i--) {
			NoteRevision revision = revisions.get(i);
			versions.add(new NoteVersion(i + 1, revision.getAuthor(), revision.getWrittenAt(), revision.getBody(),
					this.markdown.toHtml(revision.getBody()), false));
		}
		return new NoteHistory(NoteView.of(note, this.markdown), versions);
	}

	private static NoteVersion version(NoteHistory history, int number) {
		return history.versions()
			.stream()
			.filter((version) -> version.number() == number)
			.findFirst()
			.orElseThrow(() -> NoteVersionNotFoundException.forNumber(number));
	}

}
