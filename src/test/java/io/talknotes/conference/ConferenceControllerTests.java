package io.talknotes.conference;

import java.time.LocalDate;
import java.util.List;

import io.talknotes.TestAccounts;
import io.talknotes.system.NamedLink;
import io.talknotes.talk.TalkKind;
import io.talknotes.talk.TalkService;
import io.talknotes.talk.TalkSummary;
import io.talknotes.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ConferenceController.class)
@Import(SecurityConfiguration.class)
class ConferenceControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ConferenceService conferences;

	@MockitoBean
	private TalkService talks;

	@Test
	void separatesTalksWithNotesFromOtherTalksAttended() throws Exception {
		NamedLink kubecon = new NamedLink("kubecon", "KubeCon");
		given(this.conferences.stats("kubecon")).willReturn(new ConferenceStats(new Conference("kubecon",
				"KubeCon NA 2019", "San Diego", LocalDate.of(2019, 11, 18), LocalDate.of(2019, 11, 21)), 2, 1, 30));
		given(this.talks.list(any())).willReturn(List.of(
				new TalkSummary("gitops-user-stories", "GitOps User Stories", TalkKind.PANEL, kubecon, List.of(),
						List.of(), true, 1, 0),
				new TalkSummary("telepresence", "Use Your Favorite Developer Tools in Kubernetes With Telepresence",
						TalkKind.TALK, kubecon, List.of(), List.of(), true, 0, 0)));

		String html = this.mvc.perform(get("/conferences/kubecon"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("KubeCon NA 2019", "San Diego", "18 Nov", "21 Nov 2019", "Talks with notes",
				"Other talks I attended", "<strong>30</strong>");
		assertThat(html.indexOf("GitOps User Stories")).isLessThan(html.indexOf("Other talks I attended"));
		assertThat(html.indexOf("With Telepresence")).isGreaterThan(html.indexOf("Other talks I attended"));
	}

	@Test
	void editorsMayEditOrDeleteTheConferenceAndReadersMayNot() throws Exception {
		given(this.conferences.stats("kubecon")).willReturn(new ConferenceStats(new Conference("kubecon",
				"KubeCon NA 2019", "San Diego", LocalDate.of(2019, 11, 18), LocalDate.of(2019, 11, 21)), 0, 0, 0));

		String reader = this.mvc.perform(get("/conferences/kubecon").with(TestAccounts.reader()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String editor = this.mvc.perform(get("/conferences/kubecon").with(TestAccounts.editor()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(reader).doesNotContain("/conferences/kubecon/edit", "/conferences/kubecon/delete");
		assertThat(editor).contains("href=\"/conferences/kubecon/edit\"", "aria-label=\"Edit KubeCon NA 2019\"",
				"href=\"/conferences/kubecon/delete\"", "aria-label=\"Delete KubeCon NA 2019\"");
	}

	@Test
	void unknownConferenceIsNotFound() throws Exception {
		given(this.conferences.stats("nope")).willThrow(ConferenceNotFoundException.forSlug("nope"));

		this.mvc.perform(get("/conferences/nope")).andExpect(status().isNotFound());
	}

}
