package io.talknotes.note;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.talknotes.TestAccounts;
import io.talknotes.system.NamedLink;
import io.talknotes.talk.TalkDetails;
import io.talknotes.talk.TalkKind;
import io.talknotes.talk.TalkService;
import io.talknotes.web.SecurityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.talknotes.TestAccounts.admin;
import static io.talknotes.TestAccounts.editor;
import static io.talknotes.TestAccounts.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ NoteController.class, InlineNoteController.class })
@Import({ SecurityConfiguration.class, MarkdownRenderer.class })
class InlineNoteControllerTests {

	private static final String SLUG = "helm-3-deep-dive";

	private static final Instant WRITTEN = Instant.parse("2019-11-22T09:07:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private NoteService notes;

	@MockitoBean
	private TalkService talks;

	@BeforeEach
	void talkAndNoteExist() {
		given(this.talks.details(SLUG)).willReturn(
				new TalkDetails(8L, SLUG, "Helm 3 Deep Dive", null, TalkKind.TALK, null, null, null, null, null, null,
						new NamedLink("kubecon", "KubeCon"), List.of(), List.of(), List.of(), List.of(), true, false));
		given(this.notes.get(SLUG, 42L)).willReturn(note(42L, "No more Tiller", 3));
		given(this.notes.ownerOf(42L)).willReturn(Optional.of(TestAccounts.EDITOR));
	}

	@Test
	void editOpensTheFormInPlaceOfTheNoteWhenHtmxAsks() throws Exception {
		MockHttpServletResponse answer = this.mvc.perform(htmx(get("/talks/{slug}/notes/42/edit", SLUG)).with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		String html = answer.getContentAsString();
		assertThat(html).startsWith("<article").doesNotContain("<html", "<header");
		assertThat(html).contains("id=\"note-42\"", "Edit note", "No more Tiller", "name=\"version\" value=\"3\"",
				"hx-post=\"/talks/" + SLUG + "/notes/42\"", "hx-target=\"#note-42\"", "id=\"body-42\"",
				"name=\"_csrf\"", "hx-post=\"/talks/" + SLUG + "/notes/preview\"");
		assertThat(answer.getHeaders(HttpHeaders.VARY)).contains("HX-Request");
	}

	@Test
	void withoutHtmxEditIsTheFormPageAsBefore() throws Exception {
		MockHttpServletResponse answer = this.mvc.perform(get("/talks/{slug}/notes/42/edit", SLUG).with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(answer.getContentAsString()).contains("<html", "<h1>Edit note</h1>").doesNotContain("hx-post");
		assertThat(answer.getHeaders(HttpHeaders.VARY)).contains("HX-Request");
	}

	@Test
	void savingInPlaceAnswersWithTheRenderedNote() throws Exception {
		given(this.notes.edit(eq(SLUG), eq(42L), eq(3L), any(), any())).willReturn(note(42L, "Tiller is **gone**", 4));

		String html = this.mvc
			.perform(htmx(post("/talks/{slug}/notes/42", SLUG)).param("version", "3")
				.param("body", "Tiller is **gone**")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).startsWith("<article")
			.contains("id=\"note-42\"", "Your changes were saved.", "role=\"status\"");
		assertThat(html).doesNotContain("<form", "<html");
		verify(this.notes).edit(SLUG, 42L, 3, new NoteForm("Tiller is **gone**"), TestAccounts.EDITOR);
	}

	@Test
	void anEmptyEditInPlaceComesBackAsTheFormWithItsMessage() throws Exception {
		String html = this.mvc
			.perform(htmx(post("/talks/{slug}/notes/42", SLUG)).param("version", "3")
				.param("body", " ")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).startsWith("<article")
			.contains("Write something: a note cannot be empty.", "aria-invalid=\"true\"", "id=\"body-42-error\"",
					"name=\"version\" value=\"3\"");
		verify(this.notes, never()).edit(any(), any(), anyLong(), any(), any());
	}

	@Test
	void aStaleEditInPlaceKeepsWhatWasTypedAndShowsTheSavedText() throws Exception {
		given(this.notes.edit(eq(SLUG), eq(42L), anyLong(), any(), any()))
			.willThrow(new NoteConflictException(note(42L, "their text", 4)));

		String html = this.mvc
			.perform(htmx(post("/talks/{slug}/notes/42", SLUG)).param("version", "3")
				.param("body", "my text")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).startsWith("<article")
			.contains("Someone else saved this note", ">my text</textarea>", "<p>their text</p>",
					"name=\"version\" value=\"4\"");
	}

	@Test
	void addingInPlaceAnswersWithTheNoteAndAnEmptyForm() throws Exception {
		given(this.notes.add(eq(SLUG), any(), any())).willReturn(note(43L, "Charts in OCI registries", 0));

		String html = this.mvc
			.perform(htmx(post("/talks/{slug}/notes", SLUG)).param("body", "Charts in OCI registries")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html.strip()).startsWith("<article").contains("id=\"note-43\"", "Your note was added.");
		String form = html.substring(html.indexOf("id=\"add-note-form\""));
		assertThat(form).contains("hx-swap-oob=\"true\"", "<textarea").doesNotContain("Charts in OCI registries");
	}

	@Test
	void anEmptyNoteAddedInPlaceComesBackAsTheFormInPlaceOfTheForm() throws Exception {
		MockHttpServletResponse answer = this.mvc
			.perform(htmx(post("/talks/{slug}/notes", SLUG)).param("body", "").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(answer.getHeader("HX-Retarget")).isEqualTo("#add-note-form");
		assertThat(answer.getHeader("HX-Reswap")).isEqualTo("outerHTML");
		assertThat(answer.getContentAsString()).startsWith("<div id=\"add-note-form\"")
			.contains("Write something: a note cannot be empty.", "aria-invalid=\"true\"");
		verify(this.notes, never()).add(any(), any(), any());
	}

	@Test
	void cancelPutsTheNoteBackAndWithoutHtmxItsAddressLeadsToTheTalk() throws Exception {
		String html = this.mvc.perform(htmx(get("/talks/{slug}/notes/42", SLUG)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).startsWith("<article").contains("<p>No more Tiller</p>").doesNotContain("<textarea");

		this.mvc.perform(get("/talks/{slug}/notes/42", SLUG))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/" + SLUG + "#note-42"));
	}

	@Test
	void previewRendersMarkdownAsASavedNoteIs() throws Exception {
		String html = this.mvc
			.perform(htmx(post("/talks/{slug}/notes/preview", SLUG))
				.param("body", "Helm 3 is **simpler**\n\n<script>alert(1)</script>\n\n[a link](javascript:alert(1))")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<strong>simpler</strong>", "&lt;script&gt;", "a link")
			.doesNotContain("<script", "href=\"javascript", "<html");
	}

	@Test
	void previewIsForThoseWhoMayWriteAndCarriesTheFormsToken() throws Exception {
		this.mvc.perform(post("/talks/{slug}/notes/preview", SLUG).param("body", "x").with(reader()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/talks/{slug}/notes/preview", SLUG).param("body", "x").with(editor()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/talks/{slug}/notes/preview", SLUG).param("body", "x").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/talks/{slug}/notes/preview", SLUG).param("body", "x").with(admin()).with(csrf()))
			.andExpect(status().isOk());
	}

	@Test
	void anEditorMayNotOpenSomeoneElsesNoteInPlace() throws Exception {
		given(this.notes.ownerOf(42L)).willReturn(Optional.of(TestAccounts.OTHER_EDITOR));

		this.mvc.perform(htmx(get("/talks/{slug}/notes/42/edit", SLUG)).with(editor()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(htmx(post("/talks/{slug}/notes/42", SLUG)).param("version", "3")
				.param("body", "mine now")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.notes, never()).edit(any(), any(), anyLong(), any(), any());
	}

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true");
	}

	private static NoteView note(Long id, String body, long version) {
		return new NoteView(id, SLUG, "Helm 3 Deep Dive", "Ada", body, "<p>" + body + "</p>", WRITTEN, WRITTEN, version,
				TestAccounts.EDITOR);
	}

}
