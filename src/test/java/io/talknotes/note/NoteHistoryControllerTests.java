package io.talknotes.note;

import java.time.Instant;
import java.util.List;

import io.talknotes.account.AccountService;
import io.talknotes.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.talknotes.TestAccounts.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(NoteHistoryController.class)
@Import(SecurityConfiguration.class)
class NoteHistoryControllerTests {

	private static final String SLUG = "helm-3-deep-dive";

	private static final String NOTE = "/talks/" + SLUG + "/notes/42";

	private static final Instant WRITTEN = Instant.parse("2019-11-22T09:07:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private NoteHistoryService history;

	@MockitoBean
	private NoteService notes;

	@Test
	void theHistoryListsEveryVersionAndComparesOrRestoresAnyOfThem() throws Exception {
		given(this.history.history(SLUG, 42L)).willReturn(history());

		String html = page(get(NOTE + "/history"));

		assertThat(html).contains("History of a note", "Helm 3 Deep Dive", "Version 3", "current", "Grace Hopper",
				"Version 1", "Ada Lovelace", "22 Nov 2019, 09:07");
		assertThat(html).containsPattern("<form id=\"compare\" method=\"get\" action=\"" + NOTE + "/history/diff\"")
			.containsPattern(
					"name=\"from\" form=\"compare\" value=\"2\"\\s+aria-label=\"Compare from version 2\" checked")
			.containsPattern("name=\"to\" form=\"compare\" value=\"3\"\\s+aria-label=\"Compare to version 3\" checked");
		assertThat(html)
			.contains("action=\"" + NOTE + "/history/1/restore\"", "action=\"" + NOTE + "/history/2/restore\"",
					"name=\"version\" value=\"7\"")
			.doesNotContain(NOTE + "/history/3/restore");
	}

	@Test
	void theDiffMarksChangedWordsWithMarkersAndWordsNotOnlyColour() throws Exception {
		NoteHistory history = history();
		NoteVersion from = history.versions().get(2);
		NoteVersion to = history.versions().get(0);
		given(this.history.diff(SLUG, 42L, 1, 3))
			.willReturn(new NoteDiff(history, from, to, TextDiff.lines(from.body(), to.body())));

		String html = page(get(NOTE + "/history/diff").param("from", "1").param("to", "3"));

		assertThat(html).contains("Changes from version 1 to version 3", "<del>secrets</del>", "<ins>configmaps</ins>",
				"Removed: ", "Added: ", ">−<", ">+<");
		assertThat(html).as("text in a version is escaped")
			.contains("<ins>- &lt;script&gt;alert(1)&lt;/script&gt;</ins>")
			.doesNotContain("<script>alert");
		assertThat(html)
			.containsPattern("<option value=\"1\"\\s+selected=\"selected\">Version 1 · Ada Lovelace</option>")
			.containsPattern("<option value=\"3\"\\s+selected=\"selected\">Version 3 · Grace Hopper</option>");
	}

	@Test
	void restoringAVersionRedirectsToTheHistoryWithAMessage() throws Exception {
		this.mvc.perform(post(NOTE + "/history/1/restore").param("version", "7").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(NOTE + "/history"))
			.andExpect(flash().attribute("message", "note.history.restored"));

		verify(this.history).restore(SLUG, 42L, 1, 7L, AccountService.ADMIN);
	}

	@Test
	void aRestoreFromAStaleHistoryShowsItAsItIsNowWithoutRestoring() throws Exception {
		given(this.notes.get(SLUG, 42L)).willReturn(history().note());
		given(this.history.restore(any(), anyLong(), anyInt(), anyLong(), any()))
			.willThrow(new NoteConflictException(history().note()));
		given(this.history.history(SLUG, 42L)).willReturn(history());

		String html = page(post(NOTE + "/history/1/restore").param("version", "6"));

		assertThat(html).contains("Someone saved this note since you opened its history",
				"name=\"version\" value=\"7\"");
	}

	@Test
	void anUnknownVersionIsNotFound() throws Exception {
		given(this.history.diff(SLUG, 42L, 1, 9)).willThrow(NoteVersionNotFoundException.forNumber(9));

		String html = this.mvc.perform(get(NOTE + "/history/diff").param("from", "1").param("to", "9"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("No version called “9”.");
		this.mvc.perform(get(NOTE + "/history/diff").param("from", "one").param("to", "9"))
			.andExpect(status().isBadRequest());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static NoteHistory history() {
		String current = "- Releases stored as configmaps\n- <script>alert(1)</script>";
		NoteView note = new NoteView(42L, SLUG, "Helm 3 Deep Dive", "Grace Hopper", current, "<p>current</p>", WRITTEN,
				WRITTEN.plusSeconds(3600), 7, "ada");
		return new NoteHistory(note, List.of(
				new NoteVersion(3, "Grace Hopper", WRITTEN.plusSeconds(3600), current, "<p>3</p>", true),
				new NoteVersion(2, "Bob", WRITTEN.plusSeconds(60), "- Releases", "<p>2</p>", false),
				new NoteVersion(1, "Ada Lovelace", WRITTEN, "- Releases stored as secrets", "<p>1</p>", false)));
	}

}
