package io.talknotes.speaker;

import java.util.List;

import io.talknotes.TestAccounts;
import io.talknotes.system.NamedLink;
import io.talknotes.system.PageParts;
import io.talknotes.talk.TalkKind;
import io.talknotes.talk.TalkListsOnPages;
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
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SpeakerController.class)
@Import({ SecurityConfiguration.class, PageParts.class, TalkListsOnPages.class })
class SpeakerControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SpeakerService speakers;

	@MockitoBean
	private TalkService talks;

	@Test
	void showsTheSpeakerTheirCompanyAndTalks() throws Exception {
		given(this.speakers.get("ada-lovelace")).willReturn(new SpeakerDetails(1L, "ada-lovelace", "Ada Lovelace",
				new NamedLink("ibm", "IBM"), "https://ada.example/"));
		given(this.talks.spokenBy("ada-lovelace"))
			.willReturn(List.of(new TalkSummary("helm-3-deep-dive", "Helm 3 Deep Dive", TalkKind.TALK,
					new NamedLink("kubecon", "KubeCon"), List.of(), List.of(), true, 0, 0, false, null, List.of())));

		String html = this.mvc.perform(get("/speakers/ada-lovelace"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<h1>Ada Lovelace</h1>", "href=\"/companies/ibm\"", "Helm 3 Deep Dive",
				"No notes yet", "href=\"https://ada.example/\"");
		assertThat(html).doesNotContain("/speakers/ada-lovelace/edit", "/speakers/new");
	}

	@Test
	void editorsMayEditOrDeleteTheSpeakerAndAddAnother() throws Exception {
		given(this.speakers.get("ada-lovelace"))
			.willReturn(new SpeakerDetails(1L, "ada-lovelace", "Ada Lovelace", null, null));
		given(this.talks.spokenBy("ada-lovelace")).willReturn(List.of());

		String html = this.mvc.perform(get("/speakers/ada-lovelace").with(TestAccounts.editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("href=\"/speakers/ada-lovelace/edit\"", "aria-label=\"Edit Ada Lovelace\"",
				"href=\"/speakers/ada-lovelace/delete\"", "href=\"/speakers/new\"",
				"No talks recorded for this speaker yet.");
	}

	@Test
	void unknownSpeakerIsNotFound() throws Exception {
		given(this.speakers.get("nobody")).willThrow(SpeakerNotFoundException.forSlug("nobody"));

		String html = this.mvc.perform(get("/speakers/nobody"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("No speaker called “nobody”.");
	}

}
