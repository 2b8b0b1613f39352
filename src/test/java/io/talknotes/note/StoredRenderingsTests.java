package io.talknotes.note;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.talknotes.account.AccountService;
import io.talknotes.account.AccountsForTests;
import io.talknotes.account.Role;
import io.talknotes.talk.TalkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A note's Markdown is rendered once, when it is saved; pages show what was stored, and
 * notes without an up-to-date rendering get one in the background.
 */
@DataJpaTest
@Import({ NoteService.class, TalkService.class, NoteCounts.class, MarkdownRenderer.class, AccountsForTests.class,
		NoteServiceTests.FixedClock.class })
class StoredRenderingsTests {

	private static final String HELM = "helm-3-deep-dive";

	@Autowired
	private NoteService notes;

	@Autowired
	private NoteRepository repository;

	@Autowired
	private MarkdownRenderer markdown;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private TestEntityManager entities;

	@BeforeEach
	void writer(@Autowired AccountService accounts) {
		accounts.create("ada", "Ada Lovelace", Role.EDITOR, "password-for-tests");
	}

	@Test
	void aSavedNoteKeepsItsHtmlAndAnEditRendersItAgain() {
		NoteView added = this.notes.add(HELM, new NoteForm("- **No more Tiller**"), "ada");
		assertThat(stored(added.id())).containsEntry("rendered_html", added.html())
			.containsEntry("rendered_with", this.markdown.fingerprint());

		NoteView edited = this.notes.edit(HELM, added.id(), added.version(), new NoteForm("*Helm Hub*"), "ada");

		assertThat(stored(added.id()).get("rendered_html")).isEqualTo(edited.html())
			.isEqualTo("<p><em>Helm Hub</em></p>\n");
	}

	@Test
	void pagesShowTheStoredHtmlWithoutRenderingTheNoteAgain() {
		NoteView added = this.notes.add(HELM, new NoteForm("plain"), "ada");
		this.jdbc.update("update note set rendered_html = '<p>as stored</p>' where id = ?", added.id());

		assertThat(htmlOnItsTalk(added.id())).isEqualTo("<p>as stored</p>");
	}

	@Test
	void htmlAnotherRendererStoredIsRenderedAfreshAndReplacedInTheBackground() {
		NoteView added = this.notes.add(HELM, new NoteForm("**now**"), "ada");
		this.jdbc.update("update note set rendered_html = '<p>old</p>', rendered_with = ? where id = ?",
				this.markdown.fingerprint() + 1, added.id());

		assertThat(htmlOnItsTalk(added.id())).isEqualTo("<p><strong>now</strong></p>\n");

		new StoredRenderings(this.repository, this.markdown, this.transactions).renderAll();

		assertThat(stored(added.id())).containsEntry("rendered_html", "<p><strong>now</strong></p>\n")
			.containsEntry("rendered_with", this.markdown.fingerprint())
			.containsEntry("version", added.version());
	}

	@Test
	void notesInsertedBySqlGetTheirHtmlStoredWithoutCountingAsAChange() {
		Long seeded = this.jdbc.queryForObject(
				"select min(n.id) from note n join talk t on t.id = n.talk_id where t.slug = 'keynotes'", Long.class);
		Map<String, Object> before = stored(seeded);
		assertThat(before.get("rendered_html")).isNull();
		String shown = htmlOnItsTalk(seeded);

		new StoredRenderings(this.repository, this.markdown, this.transactions).renderAll();

		Map<String, Object> after = stored(seeded);
		assertThat(after.get("rendered_html")).isEqualTo(shown).asString().contains("<li>");
		assertThat(after).containsEntry("version", before.get("version"))
			.containsEntry("updated_at", before.get("updated_at"));
		assertThat(
				this.jdbc.queryForObject("select count(*) from note where rendered_with is null or rendered_with <> ?",
						Long.class, this.markdown.fingerprint()))
			.isZero();
	}

	@Test
	void onceEveryNoteIsUpToDateAStartLooksOnlyForNotesWithoutHtmlAndARendererChangeLooksAtAll() {
		NoteView kept = this.notes.add(HELM, new NoteForm("**kept**"), "ada");
		renderAll();
		assertThat(this.jdbc.queryForObject("select rendered_with from note_rendering", Integer.class))
			.as("every note brought up to the running renderer")
			.isEqualTo(this.markdown.fingerprint());

		// Stored since by a node still running an earlier renderer, and a note by SQL.
		this.jdbc.update("update note set rendered_html = '<p>old</p>', rendered_with = ? where id = ?",
				this.markdown.fingerprint() + 1, kept.id());
		Long inserted = insertBySql("*by SQL*");
		renderAll();

		assertThat(stored(inserted)).containsEntry("rendered_html", "<p><em>by SQL</em></p>\n");
		assertThat(stored(kept.id())).as("not looked for: every note was up to date")
			.containsEntry("rendered_html", "<p>old</p>");
		assertThat(htmlOnItsTalk(kept.id())).as("shown right all the same").isEqualTo("<p><strong>kept</strong></p>\n");

		// The renderer changed since every note was brought up to it.
		this.jdbc.update("update note_rendering set rendered_with = ?", this.markdown.fingerprint() + 1);
		renderAll();

		assertThat(stored(kept.id())).containsEntry("rendered_html", "<p><strong>kept</strong></p>\n");
	}

	private void renderAll() {
		this.entities.flush();
		new StoredRenderings(this.repository, this.markdown, this.transactions).renderAll();
	}

	private Long insertBySql(String body) {
		this.jdbc.update("insert into note (talk_id, body, author, created_at, updated_at) select id, ?, 'Ada', "
				+ "current_timestamp, current_timestamp from talk where slug = ?", body, HELM);
		return this.jdbc.queryForObject("select max(id) from note", Long.class);
	}

	private Map<String, Object> stored(Long id) {
		this.entities.flush();
		this.entities.clear();
		Map<String, Object> row = this.jdbc
			.queryForMap("select rendered_html, rendered_with, version, updated_at from note where id = ?", id);
		Map<String, Object> lower = new HashMap<>();
		row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
		return lower;
	}

	private String htmlOnItsTalk(Long noteId) {
		this.entities.flush();
		this.entities.clear();
		Long talkId = this.jdbc.queryForObject("select talk_id from note where id = ?", Long.class, noteId);
		return this.notes.forTalk(talkId)
			.stream()
			.filter((note) -> note.id().equals(noteId))
			.findFirst()
			.orElseThrow()
			.html();
	}

}
