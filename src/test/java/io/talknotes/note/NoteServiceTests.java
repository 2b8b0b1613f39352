package io.talknotes.note;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.talknotes.talk.TalkNotFoundException;
import io.talknotes.talk.TalkService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
@Import({ NoteService.class, TalkService.class, MarkdownRenderer.class, NoteServiceTests.FixedClock.class })
class NoteServiceTests {

	private static final String HELM = "helm-3-deep-dive";

	@Autowired
	private NoteService notes;

	@Autowired
	private NoteRepository repository;

	@Test
	void addsANoteWithTrimmedTextAndRendersItsMarkdown() {
		NoteView note = this.notes.add(HELM, new NoteForm("  - **No more Tiller**\r\n- Helm Hub  ", " Ada "));

		assertThat(note.body()).isEqualTo("- **No more Tiller**\n- Helm Hub");
		assertThat(note.author()).isEqualTo("Ada");
		assertThat(note.html()).contains("<li><strong>No more Tiller</strong></li>", "<li>Helm Hub</li>");
		assertThat(note.createdAt()).isEqualTo(FixedClock.NOW);
		Long talkId = this.repository.findById(note.id()).orElseThrow().getTalk().getId();
		assertThat(this.notes.forTalk(talkId)).extracting(NoteView::author).containsExactly("Corey Gale", "Ada");
	}

	@Test
	void neverRendersHtmlOrScriptLinksTypedIntoANote() {
		NoteView note = this.notes.add(HELM, new NoteForm(
				"<script>alert('x')</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(2)>", "Mallory"));

		assertThat(note.html()).doesNotContain("<script", "<img", "javascript:")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src&#61;x onerror&#61;alert(2)&gt;");
	}

	@Test
	void editingKeepsThePreviousTextAsARevision() {
		NoteView added = this.notes.add(HELM, new NoteForm("first", "Ada"));

		NoteView edited = this.notes.edit(HELM, added.id(), added.version(), new NoteForm("second", "Ada"));

		assertThat(edited.body()).isEqualTo("second");
		assertThat(edited.version()).isGreaterThan(added.version());
		assertThat(this.repository.findById(added.id()).orElseThrow().getRevisions()).singleElement()
			.extracting(NoteRevision::getBody)
			.isEqualTo("first");
	}

	@Test
	void anEditFromAStaleVersionIsRefusedWithTheSavedNote() {
		NoteView added = this.notes.add(HELM, new NoteForm("first", "Ada"));
		this.notes.edit(HELM, added.id(), added.version(), new NoteForm("second", "Bob"));

		assertThatExceptionOfType(NoteConflictException.class)
			.isThrownBy(() -> this.notes.edit(HELM, added.id(), added.version(), new NoteForm("third", "Ada")))
			.satisfies((ex) -> assertThat(ex.getCurrent().body()).isEqualTo("second"));
	}

	@Test
	void deletesANote() {
		NoteView added = this.notes.add(HELM, new NoteForm("to delete", "Ada"));

		this.notes.delete(HELM, added.id());

		assertThat(this.repository.findById(added.id())).isEmpty();
	}

	@Test
	void aNoteIsOnlyFoundThroughItsOwnTalk() {
		NoteView added = this.notes.add(HELM, new NoteForm("text", "Ada"));

		assertThatExceptionOfType(NoteNotFoundException.class).isThrownBy(() -> this.notes.get("keynotes", added.id()));
		assertThatExceptionOfType(NoteNotFoundException.class)
			.isThrownBy(() -> this.notes.delete("keynotes", added.id()));
	}

	@Test
	void addingToAnUnknownTalkSaysSo() {
		assertThatExceptionOfType(TalkNotFoundException.class)
			.isThrownBy(() -> this.notes.add("no-such-talk", new NoteForm("text", "Ada")));
	}

	@Test
	void recentNotesComeNewestFirst() {
		this.notes.add(HELM, new NoteForm("newest", "Ada"));

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
