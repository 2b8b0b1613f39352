package io.talknotes.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.talknotes.TestAccounts;
import io.talknotes.conference.Conference;
import io.talknotes.conference.ConferenceService;
import io.talknotes.conference.ConferenceStats;
import io.talknotes.note.NoteService;
import io.talknotes.note.NoteView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(HomeController.class)
@Import(SecurityConfiguration.class)
class HomeControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ConferenceService conferences;

	@MockitoBean
	private NoteService notes;

	@Test
	void showsEachConferenceWithItsCountsAndTheRecentNotes() throws Exception {
		given(this.conferences.overview()).willReturn(List.of(new ConferenceStats(new Conference("kubecon",
				"KubeCon NA 2019", "San Diego", LocalDate.of(2019, 11, 18), LocalDate.of(2019, 11, 21)), 14, 9, 30)));
		Instant at = Instant.parse("2019-11-22T09:08:00Z");
		given(this.notes.recent(5)).willReturn(List.of(new NoteView(9L, "reddit", "Kubernetes at Reddit", "Corey Gale",
				"- Reddit scale:\n    - 500M+ monthly active users", "", at, at, 0, "corey-gale")));

		String html = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("href=\"/conferences/kubecon\"", "<strong>14</strong> <span>talks</span>",
				"<strong>9</strong> <span>notes</span>", "<strong>30</strong> <span>figures</span>",
				"Kubernetes at Reddit", "Reddit scale: · 500M+ monthly active users", "22 Nov 2019");
	}

	@Test
	void aConferenceWithOneTalkNoteAndFigureCountsThemInTheSingular() throws Exception {
		given(this.conferences.overview()).willReturn(List.of(new ConferenceStats(
				new Conference("devconf", "DevConf", null, LocalDate.of(2031, 2, 1), null), 1, 1, 1)));
		given(this.notes.recent(5)).willReturn(List.of());

		Document page = Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString());

		assertThat(page.select(".stats li").eachText()).containsExactly("1 talk", "1 note", "1 figure");
	}

	@Test
	void editorsMayAddAConferenceAndOthersAreNotOffered() throws Exception {
		Conference undated = new Conference("devconf", "DevConf", null, null, null);
		given(this.conferences.overview()).willReturn(List.of(new ConferenceStats(undated, 0, 0, 0)));
		given(this.notes.recent(5)).willReturn(List.of());

		String visitor = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		String editor = this.mvc.perform(get("/").with(TestAccounts.editor()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(visitor).contains("DevConf").doesNotContain("/conferences/new", " · ", "–");
		assertThat(editor).contains("<a href=\"/conferences/new\">New conference</a>");
	}

	@Test
	void saysHowToStartWhenThereAreNoNotes() throws Exception {
		given(this.conferences.overview()).willReturn(List.of());
		given(this.notes.recent(5)).willReturn(List.of());

		String html = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

		assertThat(html).contains("No notes yet. Open a talk and write the first one.");
	}

}
