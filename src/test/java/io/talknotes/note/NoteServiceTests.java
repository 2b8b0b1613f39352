package io.talknotes.note;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.talknotes.account.AccountService;
import io.talknotes.account.AccountsForTests;
import io.talknotes.account.Role;
import io.talknotes.talk.TalkNotFoundException;
import io.talknotes.talk.TalkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
@Import({ NoteService.class, TalkService.class, NoteCounts.class, MarkdownRenderer.class, AccountsForTests.class,
		NoteServiceTests.FixedClock.class })
class NoteServiceTests {

	private static final String HELM = "helm-3-deep-dive";

	@Autowired
	private NoteService notes;

	@Autowired
	private NoteRepository repository;

	@Autowired
	private AccountService accounts;

	@BeforeEach
	void writers() {
		this.accounts.create("ada", "Ada Lovelace", Role.EDITOR, "password-for-tests");
		this.accounts.create("bob", "Bob Dylan", Role.ADMIN, "password-for-tests");
	}

	@Test
	void addsANoteWithTrimmedTextAndRendersItsMarkdown() {
		NoteView note = this.notes.add(HELM, new NoteForm("  - **No more Tiller**\r\n- Helm Hub  "), "ada");

		assertThat(note.body()).isEqualTo("- **No more Tiller**\n- Helm Hub");
		assertThat(note.author()).isEqualTo("Ada Lovelace");
		assertThat(note.html()).contains("<li><strong>No more Tiller</strong></li>", "<li>Helm Hub</li>");
		assertThat(note.createdAt()).isEqualTo(FixedClock.NOW);
		Long talkId = this.repository.findById(note.id()).orElseThrow().getTalk().getId();
		assertThat(this.notes.forTalk(talkId)).extracting(NoteView::author)
			.containsExactly("Corey Gale", "Ada Lovelace");
	}

	@Test
	void neverRendersHtmlOrScriptLinksTypedIntoANote() {
		NoteView note = this.notes.add(HELM,
				new NoteForm(
						"<script>alert('x')</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(2)>"),
				"ada");

		assertThat(note.html()).doesNotContain("<script", "<img", "javascript:")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src&#61;x onerror&#61;alert(2)&gt;");
	}

	@Test
	void editingKeepsThePreviousTextAsARevision() {
		NoteView added = this.notes.add(HELM, new NoteForm("first"), "ada");

		NoteView edited = this.notes.edit(HELM, added.id(), added.version(), new NoteForm("second"), "ada");

		assertThat(edited.body()).isEqualTo("second");
		assertThat(edited.version()).isGreaterThan(added.version());
		assertThat(this.repository.findById(added.id()).orElseThrow().getRevisions()).singleElement()
			.extracting(NoteRevision::getBody)
			.isEqualTo("first");
	}

	@Test
	void anEditFromAStaleVersionIsRefusedWithTheSavedNote() {
		NoteView added = this.notes.add(HELM, new NoteForm("first"), "ada");
		this.notes.edit(HELM, added.id(), added.version(), new NoteForm("second"), "bob");

		assertThatExceptionOfType(NoteConflictException.class)
			.isThrownBy(() -> this.notes.edit(HELM, added.id(), added.version(), new NoteForm("third"), "ada"))
			.satisfies((ex) -> assertThat(ex.getCurrent().body()).isEqualTo("second"));
	}

	@Test
	void recordsWhoWroteANoteAndWhoLastChangedIt() {
		NoteView added = this.notes.add(HELM, new NoteForm("first"), "ada");

		NoteView edited = this.notes.edit(HELM, added.id(), added.version(), new NoteForm("second"), "bob");

		assertThat(edited.author()).as("the author stays who wrote it").isEqualTo("Ada Lovelace");
		assertThat(edited.writtenBy()).isEqualTo("ada");
		assertThat(this.notes.ownerOf(added.id())).contains("ada");
		Note note = this.repository.findById(added.id()).orElseThrow();
		assertThat(note.getCreatedBy().getUsername()).isEqualTo("ada");
		assertThat(note.getUpdatedBy().getUsername()).isEqualTo("bob");
		assertThat(note.getRevisions()).singleElement().extracting(NoteRevision::getAuthor).isEqualTo("Ada Lovelace");
	}

	@Test
	void theSeededNotesBelongToTheDecksAuthor() {
		Long talkId = this.repository.findAll().get(0).getTalk().getId();

		assertThat(this.notes.forTalk(talkId)).isNotEmpty()
			.allSatisfy((note) -> assertThat(note.writtenBy()).isEqualTo(AccountsForTests.COREY_GALE))
			.allSatisfy((note) -> assertThat(this.notes.ownerOf(note.id())).contains(AccountsForTests.COREY_GALE));
	}

	@Test
	void aNoteInsertedBySqlBelongsToNoAccount(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
		jdbc.update("insert into note (talk_id, body, author, created_at, updated_at) "
				+ "select id, 'Bulk note', 'Importer', current_timestamp, current_timestamp from talk where slug = ?",
				HELM);
		NoteView bulk = this.notes.recent(1).get(0);

		assertThat(bulk.body()).isEqualTo("Bulk note");
		assertThat(bulk.writtenBy()).isNull();
		assertThat(this.notes.ownerOf(bulk.id())).as("exists, owned by nobody").contains("");
		assertThat(this.notes.ownerOf(-1L)).as("no such note").isEmpty();
		NoteView edited = this.notes.edit(HELM, bulk.id(), bulk.version(), new NoteForm("Bulk note, tidied"), "bob");
		assertThat(edited.author()).isEqualTo("Importer");
	}

	@Test
	void aNoteIsOnlyFoundThroughItsOwnTalk() {
		NoteView added = this.notes.add(HELM, new NoteForm("text"), "ada");

		assertThatExceptionOfType(NoteNotFoundException.class).isThrownBy(() -> this.notes.get("keynotes", added.id()));
		assertThatExceptionOfType(NoteNotFoundException.class)
			.isThrownBy(() -> this.notes.moveToTrash("keynotes", added.id(), "ada"));
	}

	@Test
	void addingToAnUnknownTalkSaysSo() {
		assertThatExceptionOfType(TalkNotFoundException.class)
			.isThrownBy(() -> this.notes.add("no-such-talk", new NoteForm("text"), "ada"));
	}

	@Test
	void recentNotesComeNewestFirst() {
		this.notes.add(HELM, new NoteForm("newest"), "ada");

		assertThat(this.notes.recent(3)).hasSize(3).first().extracting(NoteView::body).isEqualTo("newest");
	}

	@TestConfiguration
	static class FixedClock {

		static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
