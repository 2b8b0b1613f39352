package io.talknotes.note;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.talknotes.account.Account;
import io.talknotes.account.AccountService;
import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkService;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes, edits and moves to the trash notes about talks, and renders them for pages.
 */
@Service
@Transactional(readOnly = true)
public class NoteService {

	private final NoteRepository notes;

	private final TalkService talks;

	private final MarkdownRenderer markdown;

	private final AccountService accounts;

	private final Clock clock;

	NoteService(NoteRepository notes, TalkService talks, AccountService accounts, MarkdownRenderer markdown,
			Clock clock) {
		this.notes = notes;
		this.talks = talks;
		this.accounts = accounts;
		this.markdown = markdown;
		this.clock = clock;
	}

	/** The notes about a talk, oldest first. */
	@Cacheable(cacheNames = "talk-notes", sync = true)
	public List<NoteView> forTalk(Long talkId) {
		return this.notes.findByTalk(talkId).stream().map(this::view).toList();
	}

	/** The most recently written or edited notes. */
	@Cacheable(cacheNames = "recent-notes", sync = true)
	public List<NoteView> recent(int count) {
		return this.notes.findRecent(PageRequest.ofSize(count)).stream().map(this::view).toList();
	}

	/**
	 * A note of the talk, for its edit form.
	 * @throws NoteNotFoundException when the talk has no such note
	 */
	public NoteView get(String talkSlug, Long noteId) {
		return view(find(talkSlug, noteId));
	}

	/**
	 * The username of the account that wrote a note: empty when there is no such note, an
	 * empty name for a note inserted by SQL, which no account owns.
	 */
	public Optional<String> ownerOf(Long noteId) {
		return this.notes.findWriterById(noteId);
	}

	/**
	 * Adds a note to the talk, written by the account with this username and signed with
	 * its display name.
	 */
	@Transactional
	public NoteView add(String talkSlug, NoteForm form, String username) {
		Talk talk = this.talks.find(talkSlug);
		NoteForm clean = form.normalised();
		Note note = new Note(talk, clean.body(), this.accounts.find(username), this.clock.instant());
		note.render(this.markdown);
		return view(this.notes.save(note));
	}

	/**
	 * Replaces a note's text, keeping the old one as a revision.
	 * @param expectedVersion the version the editor started from
	 * @param username the account that edits
	 * @throws NoteConflictException when someone else saved the note in the meantime
	 */
	@Transactional
	public NoteView edit(String talkSlug, Long noteId, long expectedVersion, NoteForm form, String username) {
		String body = form.normalised().body();
		return change(talkSlug, noteId, expectedVersion, username, (note, editor, now) -> note.edit(body, editor, now));
	}

	/**
	 * Changes a note of the talk as the account with this username, unless someone saved
	 * it since the version the change started from.
	 * @throws NoteConflictException when someone else saved the note in the meantime
	 */
	@Transactional
	NoteView change(String talkSlug, Long noteId, long expectedVersion, String username, Change change) {
		Note note = find(talkSlug, noteId);
		if (note.getVersion() != expectedVersion) {
			throw new NoteConflictException(view(note));
		}
		String before = note.getBody();
		change.apply(note, this.accounts.find(username), this.clock.instant());
		if (!note.getBody().equals(before)) {
			note.render(this.markdown);
		}
		try {
			return view(this.notes.saveAndFlush(note));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new NoteConflictException(view(note));
		}
	}

	/**
	 * Moves a note of the talk to the trash: it leaves the talk's page, every count and
	 * search, and can be restored from the trash as it was.
	 * @param username the account that deletes it
	 * @throws NoteNotFoundException when the talk has no such note
	 */
	@Transactional
	public void moveToTrash(String talkSlug, Long noteId, String username) {
		Note note = find(talkSlug, noteId);
		note.moveToTrash(this.accounts.find(username).getDisplayName(), this.clock.instant());
	}

	/**
	 * A note of the talk, out of the trash.
	 * @throws NoteNotFoundException when the talk has no such note
	 */
	Note find(String talkSlug, Long noteId) {
		return this.notes.findOnTalk(talkSlug, noteId).orElseThrow(() -> NoteNotFoundException.forId(noteId));
	}

	private NoteView view(Note note) {
		return NoteView.of(note, this.markdown);
	}

	/** What a change does to a note, by whom and when. */
	@FunctionalInterface
	interface Change {

		void apply(Note note, Account by, Instant now);

	}

}
