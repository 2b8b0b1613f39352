package io.talknotes.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.talknotes.TestAccounts;
import io.talknotes.system.NamedLink;
import io.talknotes.system.PageParts;
import io.talknotes.talk.ConferenceSchedule.Day;
import io.talknotes.talk.ConferenceSchedule.ScheduledTalk;
import io.talknotes.talk.ConferenceSchedule.Slot;
import io.talknotes.talk.ConferenceSchedule;
import io.talknotes.talk.TalkKind;
import io.talknotes.talk.TalkListsOnPages;
import io.talknotes.talk.TalkService;
import io.talknotes.talk.TalkSummary;
import io.talknotes.web.SecurityConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.talknotes.TestAccounts.editor;
import static io.talknotes.TestAccounts.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ConferenceController.class)
@Import({ SecurityConfiguration.class, PageParts.class, TalkListsOnPages.class })
class ConferenceControllerTests {

	private static final NamedLink KUBECON = new NamedLink("kubecon", "KubeCon");

	private static final ZoneId SAN_DIEGO = ZoneId.of("America/Los_Angeles");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ConferenceService conferences;

	@MockitoBean
	private TalkService talks;

	@BeforeEach
	void kubecon() {
		given(this.conferences.stats("kubecon")).willReturn(new ConferenceStats(new Conference("kubecon",
				"KubeCon NA 2019", "San Diego", LocalDate.of(2019, 11, 18), LocalDate.of(2019, 11, 21)), 2, 1, 30));
	}

	@Test
	void separatesTalksWithNotesFromOtherTalksAttendedWhileNoTalkHasATime() throws Exception {
		given(this.talks.schedule(any())).willReturn(new ConferenceSchedule(SAN_DIEGO, List.of(),
				List.of(summary("gitops-user-stories", "GitOps User Stories", 1, false), summary("telepresence",
						"Use Your Favorite Developer Tools in Kubernetes With Telepresence", 0, false))));

		String html = page("/conferences/kubecon");

		assertThat(html).contains("KubeCon NA 2019", "San Diego", "18 Nov", "21 Nov 2019", "Talks with notes",
				"Other talks I attended", "<strong>30</strong>");
		assertThat(html).doesNotContain("Schedule", "All times are", "New talk");
		assertThat(html.indexOf("GitOps User Stories")).isLessThan(html.indexOf("Other talks I attended"));
		assertThat(html.indexOf("With Telepresence")).isGreaterThan(html.indexOf("Other talks I attended"));
	}

	@Test
	void showsTheTalksAsAScheduleByDayTimeAndRoomWithTheZoneNamedOnceAndTheUntimedTalksAfter() throws Exception {
		given(this.talks.schedule(any()))
			.willReturn(new ConferenceSchedule(
					SAN_DIEGO, List.of(
							new Day(LocalDate.of(2019, 11, 19), List.of(new Slot(LocalTime.of(14, 25),
									List.of(scheduled("mesh", "Mesh at Scale", "2019-11-19T14:25", "Room 6C", false),
											scheduled("helm", "Helm 3 Deep Dive", "2019-11-19T14:25", "Room 7",
													true))))),
							new Day(LocalDate.of(2019, 11, 20), List.of(new Slot(LocalTime.of(9, 0),
									List.of(scheduled("keynotes", "Keynotes", "2019-11-20T09:00", null, false)))))),
					List.of(summary("gitops-user-stories", "GitOps User Stories", 1, false))));

		Document page = Jsoup.parse(page("/conferences/kubecon"));

		assertThat(page.select("main").hasClass("wide")).isTrue();
		assertThat(page.select(".schedule-day h3").eachText()).containsExactly("Tuesday 19 November",
				"Wednesday 20 November");
		assertThat(page.select("#day-2019-11-19 .slot-time").eachText()).containsExactly("14:25");
		assertThat(page.select("#day-2019-11-19 .slot-talk").eachText()).containsExactly(
				"Mesh at Scale 14:25–15:00 Room 6C Talk", "Helm 3 Deep Dive 14:25–15:00 Room 7 Cancelled Talk");
		assertThat(page.select(".slot-talk.is-cancelled .talk-title").eachText()).containsExactly("Helm 3 Deep Dive");
		assertThat(page.text()).containsOnlyOnce("All times are Pacific Time (America/Los_Angeles).")
			.containsOnlyOnce("America/Los_Angeles");
		assertThat(page.select("h2").eachText()).containsExactly("Schedule", "Talks without a time");
		assertThat(page.select("section:has(h2:contains(Talks without a time)) .talk-title").eachText())
			.containsExactly("GitOps User Stories");
	}

	@Test
	void editorsAreOfferedANewTalkForTheConferenceReadersAreNot() throws Exception {
		given(this.talks.schedule(any())).willReturn(new ConferenceSchedule(SAN_DIEGO, List.of(), List.of()));

		String forEditor = this.mvc.perform(get("/conferences/kubecon").with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String forReader = this.mvc.perform(get("/conferences/kubecon").with(reader()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(forEditor).contains("href=\"/talks/new?conference=kubecon\"", "No talks yet.");
		assertThat(forReader).doesNotContain("/talks/new").contains("No talks yet.");
	}

	@Test
	void editorsMayEditOrDeleteTheConferenceAndReadersMayNot() throws Exception {
		given(this.talks.schedule(any())).willReturn(new ConferenceSchedule(SAN_DIEGO, List.of(), List.of()));
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

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static TalkSummary summary(String slug, String title, long notes, boolean cancelled) {
		return new TalkSummary(slug, title, TalkKind.TALK, KUBECON, List.of(), List.of(), true, notes, 0, cancelled,
				null, List.of());
	}

	private static ScheduledTalk scheduled(String slug, String title, String localStart, String room,
			boolean cancelled) {
		ZonedDateTime start = java.time.LocalDateTime.parse(localStart).atZone(SAN_DIEGO);
		return new ScheduledTalk(summary(slug, title, 0, cancelled), start,
				(room != null) ? start.plusMinutes(35) : null, room, null);
	}

}
