package io.talknotes.note;

import java.time.Instant;
import java.util.List;

import io.talknotes.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.talknotes.TestAccounts.admin;
import static io.talknotes.TestAccounts.editor;
import static io.talknotes.TestAccounts.otherEditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TrashController.class)
@Import(SecurityConfiguration.class)
class TrashControllerTests {

	private static final String SLUG = "helm-3-deep-dive";

	private static final Instant WRITTEN = Instant.parse("2019-11-22T09:07:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private NoteTrashService trash;

	@Test
	void theTrashListsDeletedNotesWithWhoWroteAndWhoDeletedThem() throws Exception {
		given(this.trash.trashed()).willReturn(List.of(trashed()));

		String html = page("/trash");

		assertThat(html).contains("Trash", "Helm 3 Deep Dive", "<p>Releases stored as secrets</p>", "Ada Lovelace",
				"by Grace Hopper", "23 Nov 2019, 10:00", "action=\"/trash/42/restore\"", "href=\"/trash/42/purge\"",
				"id=\"trashed-42\"");
	}

	@Test
	void anEmptyTrashSaysSo() throws Exception {
		given(this.trash.trashed()).willReturn(List.of());

		assertThat(page("/trash")).contains("The trash is empty.");
	}

	@Test
	void anEditorSeesOnlyTheirOwnNotesInTheTrash() throws Exception {
		given(this.trash.trashed()).willReturn(List.of(trashed()));

		String mine = this.mvc.perform(get("/trash").with(editor())).andReturn().getResponse().getContentAsString();
		String others = this.mvc.perform(get("/trash").with(otherEditor()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(mine).contains("Releases stored as secrets", "Restore").doesNotContain("Delete for good");
		assertThat(others).doesNotContain("Releases stored as secrets").contains("The trash is empty.");
	}

	@Test
	void restoringBringsTheNoteBackOnItsTalk() throws Exception {
		given(this.trash.restore(42L)).willReturn(trashed().note());

		this.mvc.perform(post("/trash/42/restore").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/" + SLUG + "#note-42"))
			.andExpect(flash().attribute("message", "note.restored"))
			.andExpect(flash().attribute("messageAt", "note-42"));
	}

	@Test
	void purgingAsksForConfirmationFirst() throws Exception {
		given(this.trash.get(42L)).willReturn(trashed());

		assertThat(page("/trash/42/purge")).contains("Delete this note for good?", "Releases stored as secrets",
				"cannot be undone", "action=\"/trash/42/purge\"");
		verify(this.trash, never()).purge(any());
	}

	@Test
	void confirmingThePurgeDeletesTheNoteForGood() throws Exception {
		this.mvc.perform(post("/trash/42/purge").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/trash"))
			.andExpect(flash().attribute("message", "note.purged"));

		verify(this.trash).purge(42L);
	}

	@Test
	void aNoteNotInTheTrashIsNotFound() throws Exception {
		given(this.trash.restore(7L)).willThrow(NoteNotFoundException.forId(7L));
		given(this.trash.get(7L)).willThrow(NoteNotFoundException.forId(7L));

		this.mvc.perform(post("/trash/7/restore").with(admin()).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/trash/7/purge").with(admin())).andExpect(status().isNotFound());
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static TrashedNote trashed() {
		NoteView note = new NoteView(42L, SLUG, "Helm 3 Deep Dive", "Ada Lovelace", "Releases stored as secrets",
				"<p>Releases stored as secrets</p>", WRITTEN, WRITTEN, 3, "ada");
		return new TrashedNote(note, Instant.parse("2019-11-23T10:00:00Z"), "Grace Hopper");
	}

}
