package io.talknotes.note;

import java.time.Instant;
import java.util.List;

import io.talknotes.system.NamedLink;
import io.talknotes.talk.TalkDetails;
import io.talknotes.talk.TalkKind;
import io.talknotes.talk.TalkNotFoundException;
import io.talknotes.talk.TalkService;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(NoteController.class)
class NoteControllerTests {

	private static final String SLUG = "helm-3-deep-dive";

	private static final Instant WRITTEN = Instant.parse("2019-11-22T09:07:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private NoteService notes;

	@MockitoBean
	private TalkService talks;

	@BeforeEach
	void talkExists() {
		given(this.talks.details(SLUG)).willReturn(new TalkDetails(8L, SLUG, "Helm 3 Deep Dive", TalkKind.TALK, null,
				null, null, new NamedLink("kubecon", "KubeCon"), List.of(), List.of(), List.of(), List.of(), true));
	}

	@Test
	void addingANoteRedirectsToItWithAMessage() throws Exception {
		given(this.notes.add(eq(SLUG), any())).willReturn(note(42L, "No more Tiller", 0));

		this.mvc.perform(post("/talks/{slug}/notes", SLUG).param("body", "No more Tiller").param("author", "Ada"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/" + SLUG + "#note-42"))
			.andExpect(flash().attribute("message", "note.added"))
			.andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.startsWith("talknotes_author=Ada;")));

		verify(this.notes).add(SLUG, new NoteForm("No more Tiller", "Ada"));
	}

	@Test
	void anEmptyNoteIsExplainedNextToTheFieldAndKeepsTheName() throws Exception {
		String html = this.mvc.perform(post("/talks/{slug}/notes", SLUG).param("body", "   ").param("author", "Ada"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Write something: a note cannot be empty.", "value=\"Ada\"", "Helm 3 Deep Dive");
		verify(this.notes, never()).add(any(), any());
	}

	@Test
	void aNoteTooLongIsRefusedWithoutLosingTheText() throws Exception {
		String body = "x".repeat(20_001);

		String html = this.mvc.perform(post("/talks/{slug}/notes", SLUG).param("body", body).param("author", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("at most 20,000 characters", "Tell your colleagues who wrote this note.", body);
	}

	@Test
	void addingToAnUnknownTalkIsNotFound() throws Exception {
		given(this.notes.add(eq("nope"), any())).willThrow(TalkNotFoundException.forSlug("nope"));

		this.mvc.perform(post("/talks/nope/notes").param("body", "text").param("author", "Ada"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theEditFormIsFilledWithTheNote() throws Exception {
		given(this.notes.get(SLUG, 42L)).willReturn(note(42L, "- Chart value validation", 3));

		String html = this.mvc.perform(get("/talks/{slug}/notes/42/edit", SLUG))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Edit note", "- Chart value validation", "name=\"version\" value=\"3\"",
				"action=\"/talks/" + SLUG + "/notes/42\"");
	}

	@Test
	void savingAnEditRedirectsToTheNote() throws Exception {
		given(this.notes.get(SLUG, 42L)).willReturn(note(42L, "old", 3));

		this.mvc.perform(
				post("/talks/{slug}/notes/42", SLUG).param("version", "3").param("body", "new").param("author", "Ada"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/" + SLUG + "#note-42"))
			.andExpect(flash().attribute("message", "note.saved"));

		verify(this.notes).edit(SLUG, 42L, 3, new NoteForm("new", "Ada"));
	}

	@Test
	void anEditThatCrossesAnotherKeepsWhatWasTypedAndShowsTheSavedText() throws Exception {
		given(this.notes.get(SLUG, 42L)).willReturn(note(42L, "old", 3));
		given(this.notes.edit(eq(SLUG), eq(42L), anyLong(), any()))
			.willThrow(new NoteConflictException(note(42L, "their text", 4)));

		String html = this.mvc
			.perform(post("/talks/{slug}/notes/42", SLUG).param("version", "3")
				.param("body", "my text")
				.param("author", "Ada"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Someone else saved this note", "my text", "their text",
				"name=\"version\" value=\"4\"");
	}

	@Test
	void deletingAsksForConfirmationFirst() throws Exception {
		given(this.notes.get(SLUG, 42L)).willReturn(note(42L, "Releases stored as secrets", 0));

		String html = this.mvc.perform(get("/talks/{slug}/notes/42/delete", SLUG))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Delete this note?", "Releases stored as secrets", "Move it to the trash",
				"can restore it from the trash");
		verify(this.notes, never()).moveToTrash(any(), any(), any());
	}

	@Test
	void confirmingTheDeleteMovesTheNoteToTheTrashAndOffersItBack() throws Exception {
		given(this.notes.get(SLUG, 42L)).willReturn(note(42L, "Releases stored as secrets", 0));

		this.mvc.perform(post("/talks/{slug}/notes/42/delete", SLUG))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/" + SLUG + "#notes"))
			.andExpect(flash().attribute("message", "note.trashed"))
			.andExpect(flash().attribute("flashLink", "/trash#trashed-42"));

		verify(this.notes).moveToTrash(SLUG, 42L, "Ada");
	}

	@Test
	void theNoteIsTrashedInTheNameThisBrowserLastSignedWith() throws Exception {
		this.mvc
			.perform(post("/talks/{slug}/notes/42/delete", SLUG)
				.cookie(new Cookie("talknotes_author", "Grace%20Hopper")))
			.andExpect(status().isFound());

		verify(this.notes).moveToTrash(SLUG, 42L, "Grace Hopper");
	}

	@Test
	void anUnknownNoteIsNotFound() throws Exception {
		given(this.notes.get(SLUG, 7L)).willThrow(NoteNotFoundException.forId(7L));

		this.mvc.perform(get("/talks/{slug}/notes/7/edit", SLUG)).andExpect(status().isNotFound());
		this.mvc.perform(get("/talks/{slug}/notes/seven/edit", SLUG)).andExpect(status().isNotFound());
	}

	private static NoteView note(Long id, String body, long version) {
		return new NoteView(id, SLUG, "Helm 3 Deep Dive", "Ada", body, "<p>" + body + "</p>", WRITTEN, WRITTEN,
				version);
	}

}
