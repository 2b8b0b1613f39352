package io.talknotes.note;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.talknotes.TestAccounts;
import io.talknotes.account.AccountService;
import io.talknotes.system.NamedLink;
import io.talknotes.talk.TalkDetails;
import io.talknotes.talk.TalkKind;
import io.talknotes.talk.TalkNotFoundException;
import io.talknotes.talk.TalkService;
import io.talknotes.web.SecurityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static io.talknotes.TestAccounts.admin;
import static io.talknotes.TestAccounts.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(NoteController.class)
@Import(SecurityConfiguration.class)
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
		given(this.talks.details(SLUG)).willReturn(
				new TalkDetails(8L, SLUG, "Helm 3 Deep Dive", null, TalkKind.TALK, null, null, null, null, null, null,
						new NamedLink("kubecon", "KubeCon"), List.of(), List.of(), List.of(), List.of(), true, false));
	}

	@Test
	void addingANoteRedirectsToItWithAMessage() throws Exception {
		given(this.notes.add(eq(SLUG), any(), any())).willReturn(note(42L, "No more Tiller", 0));

		this.mvc.perform(post("/talks/{slug}/notes", SLUG).param("body", "No more Tiller").with(editor()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/" + SLUG + "#note-42"))
			.andExpect(flash().attribute("message", "note.added"));

		verify(this.notes).add(SLUG, new NoteForm("No more Tiller"), TestAccounts.EDITOR);
	}

	@Test
	void anEmptyNoteIsExplainedNextToTheField() throws Exception {
		String html = this.mvc
			.perform(post("/talks/{slug}/notes", SLUG).param("body", "   ").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Write something: a note cannot be empty.", "Helm 3 Deep Dive");
		verify(this.notes, never()).add(any(), any(), any());
	}

	@Test
	void anEditThatComesBackToBeCorrectedStillSendsTheVersionItStartedFrom() throws Exception {
		given(this.notes.ownerOf(42L)).willReturn(Optional.of(TestAccounts.EDITOR));
		given(this.notes.get(SLUG, 42L)).willReturn(note(42L, "Saved by someone else meanwhile", 5));

		String html = this.mvc
			.perform(post("/talks/{slug}/notes/42", SLUG).param("version", "3")
				.param("body", " ")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Write something: a note cannot be empty.", "name=\"version\" value=\"3\"")
			.doesNotContain("name=\"version\" value=\"5\"");
	}

	@Test
	void aNoteTooLongIsRefusedWithoutLosingTheText() throws Exception {
		String body = "x".repeat(20_001);

		String html = this.mvc
			.perform(post("/talks/{slug}/notes", SLUG).param("body", body).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("at most 20,000 characters", body);
	}

	@Test
	void addingToAnUnknownTalkIsNotFound() throws Exception {
		given(this.notes.add(eq("nope"), any(), any())).willThrow(TalkNotFoundException.forSlug("nope"));

		this.mvc.perform(post("/talks/nope/notes").param("body", "text").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theEditFormIsFilledWithTheNote() throws Exception {
		given(this.notes.get(SLUG, 42L)).willReturn(note(42L, "- Chart value validation", 3));

		String html = this.mvc.perform(get("/talks/{slug}/notes/42/edit", SLUG).with(admin()))
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

		given(this.notes.ownerOf(42L)).willReturn(Optional.of(TestAccounts.EDITOR));

		this.mvc
			.perform(post("/talks/{slug}/notes/42", SLUG).param("version", "3")
				.param("body", "new")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/" + SLUG + "#note-42"))
			.andExpect(flash().attribute("message", "note.saved"));

		verify(this.notes).edit(SLUG, 42L, 3, new NoteForm("new"), TestAccounts.EDITOR);
	}

	@Test
	void anEditThatCrossesAnotherKeepsWhatWasTypedAndShowsTheSavedText() throws Exception {
		given(this.notes.get(SLUG, 42L)).willReturn(note(42L, "old", 3));
		given(this.notes.edit(eq(SLUG), eq(42L), anyLong(), any(), any()))
			.willThrow(new NoteConflictException(note(42L, "their text", 4)));

		String html = this.mvc
			.perform(post("/talks/{slug}/notes/42", SLUG).param("version", "3")
				.param("body", "my text")
				.with(admin())
				.with(csrf()))
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

		String html = this.mvc.perform(get("/talks/{slug}/notes/42/delete", SLUG).with(admin()))
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
		this.mvc.perform(post("/talks/{slug}/notes/42/delete", SLUG).with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/" + SLUG + "#notes"))
			.andExpect(flash().attribute("message", "note.trashed"))
			.andExpect(flash().attribute("messageAt", "notes"))
			.andExpect(flash().attribute("trashedNote", 42L));

		verify(this.notes).moveToTrash(SLUG, 42L, AccountService.ADMIN);
	}

	@Test
	void anEditorMayNotEditOrDeleteSomeoneElsesNote() throws Exception {
		given(this.notes.ownerOf(42L)).willReturn(Optional.of(TestAccounts.OTHER_EDITOR));

		this.mvc.perform(get("/talks/{slug}/notes/42/edit", SLUG).with(editor())).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/talks/{slug}/notes/42", SLUG).param("version", "3")
				.param("body", "mine now")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/talks/{slug}/notes/42/delete", SLUG).with(editor()).with(csrf()))
			.andExpect(status().isForbidden());

		verify(this.notes, never()).edit(any(), any(), anyLong(), any(), any());
		verify(this.notes, never()).moveToTrash(any(), any(), any());
	}

	@Test
	void aNoteThatNoAccountOwnsIsForAdminsToChange() throws Exception {
		given(this.notes.ownerOf(42L)).willReturn(Optional.of(""));
		given(this.notes.get(SLUG, 42L)).willReturn(note(42L, "Imported", 0));

		this.mvc.perform(get("/talks/{slug}/notes/42/edit", SLUG).with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(get("/talks/{slug}/notes/42/edit", SLUG).with(admin())).andExpect(status().isOk());
	}

	@Test
	void aVisitorWhoIsNotLoggedInIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(post("/talks/{slug}/notes", SLUG).param("body", "anonymous").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));

		verify(this.notes, never()).add(any(), any(), any());
	}

	@Test
	void aNoteWithoutTheFormsTokenIsRefused() throws Exception {
		this.mvc.perform(post("/talks/{slug}/notes", SLUG).param("body", "forged").with(editor()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/talks/{slug}/notes/42/delete", SLUG).with(admin())).andExpect(status().isForbidden());

		verify(this.notes, never()).add(any(), any(), any());
		verify(this.notes, never()).moveToTrash(any(), any(), any());
	}

	@Test
	void anUnknownNoteIsNotFound() throws Exception {
		given(this.notes.get(SLUG, 7L)).willThrow(NoteNotFoundException.forId(7L));

		this.mvc.perform(get("/talks/{slug}/notes/7/edit", SLUG).with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(get("/talks/{slug}/notes/seven/edit", SLUG).with(admin())).andExpect(status().isNotFound());
	}

	private static NoteView note(Long id, String body, long version) {
		return new NoteView(id, SLUG, "Helm 3 Deep Dive", "Ada", body, "<p>" + body + "</p>", WRITTEN, WRITTEN, version,
				TestAccounts.EDITOR);
	}

}
