package io.talknotes.talk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import io.talknotes.TestAccounts;
import io.talknotes.company.Company;
import io.talknotes.company.CompanyService;
import io.talknotes.conference.ConferenceService;
import io.talknotes.figure.FigureService;
import io.talknotes.figure.FigureView;
import io.talknotes.figure.FiguresOnPages;
import io.talknotes.figure.shorthand.FigureParser;
import io.talknotes.note.NoteService;
import io.talknotes.note.NoteView;
import io.talknotes.note.NotesOnPages;
import io.talknotes.project.ProjectService;
import io.talknotes.system.NamedLink;
import io.talknotes.system.PageParts;
import io.talknotes.web.SecurityConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TalkController.class)
@Import({ SecurityConfiguration.class, PageParts.class, FilterSlugs.class, NotesOnPages.class, FiguresOnPages.class })
class TalkControllerTests {

	private static final NamedLink KUBECON = new NamedLink("kubecon-cloudnativecon-na-2019",
			"KubeCon + CloudNativeCon North America 2019");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private TalkService talks;

	@MockitoBean
	private NoteService notes;

	@MockitoBean
	private FigureService figures;

	@MockitoBean
	private ConferenceService conferences;

	@MockitoBean
	private CompanyService companies;

	@MockitoBean
	private ProjectService projects;

	@BeforeEach
	void noTalks() {
		givenTalks(List.of());
	}

	@Test
	void listShowsEachTalkWithItsCompaniesAndCounts() throws Exception {
		givenTalks(List.of(new TalkSummary("helm-3-deep-dive", "Helm 3 Deep Dive", TalkKind.TALK, KUBECON,
				List.of(new NamedLink("microsoft", "Microsoft"), new NamedLink("ibm", "IBM")),
				List.of(new NamedLink("helm", "Helm")), true, 2, 0, false, null, List.of())));

		String html = this.mvc.perform(get("/talks"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Helm 3 Deep Dive", "href=\"/talks/helm-3-deep-dive\"", "Microsoft", "IBM", "2 notes",
				"1 talk<");
	}

	@Test
	void listCountsOneNoteOrFigureInTheSingularAndMoreInThePlural() throws Exception {
		givenTalks(List.of(
				new TalkSummary("one", "One of each", TalkKind.TALK, KUBECON, List.of(), List.of(), true, 1, 1, false,
						null, List.of()),
				new TalkSummary("many", "Many", TalkKind.PANEL, KUBECON, List.of(), List.of(), true, 1200, 12, false,
						null, List.of())));

		Document page = Jsoup.parse(this.mvc.perform(get("/talks")).andReturn().getResponse().getContentAsString());

		assertThat(page.select(".talk-card .counts")).extracting(Element::text)
			.containsExactly("1 note 1 figure", "1,200 notes 12 figures");
		assertThat(page.select(".talk-card .badge")).extracting(Element::text).containsExactly("Talk", "Panel");
	}

	@Test
	void listPassesWordsOrderAndPageAndLinksTheOtherPagesWithTheSameChoices() throws Exception {
		TalkSummary helm = new TalkSummary("helm-3-deep-dive", "Helm 3 Deep Dive", TalkKind.TALK, KUBECON, List.of(),
				List.of(), true, 0, 0, false, ZonedDateTime.parse("2019-11-19T14:25-08:00[America/Los_Angeles]"),
				List.of(new NamedLink("matt-butcher", "Matt Butcher"),
						new NamedLink("taylor-thomas", "Taylor Thomas")));
		given(this.talks.page(any(), any(), anyInt(), anyInt())).willReturn(new TalkPage(List.of(helm), 2, 3, 120));

		Document page = Jsoup.parse(this.mvc.perform(
				get("/talks").param("company", "lyft").param("q", " mesh ").param("sort", "time").param("page", "2"))
			.andReturn()
			.getResponse()
			.getContentAsString());

		verify(this.talks).page(new TalkFilter(null, null, "lyft", null, null, null, "mesh"), TalkOrder.TIME, 2,
				TalkService.PAGE_SIZE);
		assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo("/talks?company=lyft&q=mesh&sort=time");
		assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/talks?company=lyft&q=mesh&sort=time&page=3");
		assertThat(page.select(".pager").text()).contains("page 2 of 3");
		assertThat(page.select("main > p.muted").text()).isEqualTo("120 talks · page 2 of 3");
		assertThat(page.select("form.filters input[name=q]").val()).isEqualTo("mesh");
		assertThat(page.select("select[name=sort] option[selected]").val()).isEqualTo("time");
		assertThat(page.select(".talk-card time").text()).isEqualTo("Tue 19 Nov, 14:25");
		assertThat(page.select(".talk-card .speakers").text()).isEqualTo("Matt Butcher, Taylor Thomas");
	}

	@Test
	void listPassesTheFiltersFromTheQuery() throws Exception {
		this.mvc
			.perform(get("/talks").param("kind", "project-update")
				.param("company", "lyft")
				.param("project", " vitess ")
				.param("notes", "without"))
			.andExpect(status().isOk());

		verify(this.talks).page(
				new TalkFilter(null, TalkKind.PROJECT_UPDATE, "lyft", "vitess", TalkFilter.NotesFilter.WITHOUT, null),
				TalkOrder.PROGRAMME, 1, TalkService.PAGE_SIZE);
	}

	@Test
	void listFiltersOnAttendanceAndShowsTheChoice() throws Exception {
		String html = this.mvc.perform(get("/talks").param("attended", "false"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		verify(this.talks).page(new TalkFilter(null, null, null, null, null, false), TalkOrder.PROGRAMME, 1,
				TalkService.PAGE_SIZE);
		assertThat(html).contains("<option value=\"false\" selected=\"selected\">Not attended</option>");
	}

	@Test
	void listIgnoresFilterValuesItDoesNotKnow() throws Exception {
		this.mvc.perform(get("/talks").param("kind", "dance").param("notes", "maybe").param("attended", "perhaps"))
			.andExpect(status().isOk());

		verify(this.talks).page(TalkFilter.all(), TalkOrder.PROGRAMME, 1, TalkService.PAGE_SIZE);
	}

	@Test
	void listSaysWhenNothingMatches() throws Exception {
		givenTalks(List.of());

		String html = this.mvc.perform(get("/talks").param("company", "nobody"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("No talk matches these filters.", "Clear filters");
	}

	@Test
	void detailShowsTalkFiguresNotesAndTheNoteForm() throws Exception {
		given(this.talks.details("kubernetes-at-reddit")).willReturn(new TalkDetails(9L, "kubernetes-at-reddit",
				"Kubernetes at Reddit: Tales from Production", null, TalkKind.TALK, null, null, null, null, null, null,
				KUBECON, List.of(), List.of(new NamedLink("reddit", "Reddit")),
				List.of(new NamedLink("kubernetes", "Kubernetes")), List.of(), true, false));
		given(this.figures.forTalk(9L)).willReturn(List
			.of(new FigureView(1L, "500M+ monthly active users", new FigureParser().parse("500M+ monthly active users"),
					"Reddit scale", new NamedLink("kubernetes-at-reddit", "Kubernetes at Reddit"), KUBECON,
					new NamedLink("reddit", "Reddit"), null, 0, null)));
		Instant written = Instant.parse("2019-11-22T09:08:00Z");
		given(this.notes.forTalk(9L))
			.willReturn(List.of(new NoteView(5L, "kubernetes-at-reddit", "Kubernetes at Reddit", "Corey Gale",
					"- Reddit scale:", "<ul>\n<li>Reddit scale:</li>\n</ul>\n", written, written, 0, "corey-gale")));

		String html = this.mvc.perform(get("/talks/kubernetes-at-reddit").with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Kubernetes at Reddit: Tales from Production", "href=\"/companies/reddit\"",
				"500M+ monthly active users", "at least 500,000,000", "<li>Reddit scale:</li>", "Corey Gale",
				"id=\"note-5\"", "action=\"/talks/kubernetes-at-reddit/notes\"", "Add a note", "Signed as ada.",
				"name=\"_csrf\"");
		assertThat(html).as("only its author or an admin may change a note")
			.doesNotContain("href=\"/talks/kubernetes-at-reddit/notes/5/edit\"");
	}

	@Test
	void detailLinksEachFigureToItsComparisonAndOffersToAddEditAndDeleteFigures() throws Exception {
		given(this.talks.details("kubernetes-at-reddit")).willReturn(new TalkDetails(9L, "kubernetes-at-reddit",
				"Kubernetes at Reddit: Tales from Production", null, TalkKind.TALK, null, null, null, null, null, null,
				KUBECON, List.of(), List.of(), List.of(), List.of(), true, false));
		given(this.figures.forTalk(9L)).willReturn(
				List.of(new FigureView(3L, "2.8B+ votes per month", new FigureParser().parse("2.8B+ votes per month"),
						"Reddit scale", new NamedLink("kubernetes-at-reddit", "Kubernetes at Reddit"), KUBECON,
						new NamedLink("reddit", "Reddit"), null, 0, TestAccounts.EDITOR)));
		given(this.companies.all()).willReturn(List.of(new Company("reddit", "Reddit")));

		String html = this.mvc.perform(get("/talks/kubernetes-at-reddit").with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("votes per month", "href=\"/figures?unit=votes\"", "Compare",
				"href=\"/talks/kubernetes-at-reddit/figures/3/edit\"",
				"href=\"/talks/kubernetes-at-reddit/figures/3/delete\"", "Add a figure",
				"action=\"/talks/kubernetes-at-reddit/figures\"", "<option value=\"reddit\">Reddit</option>",
				"name=\"preview\"", "src=\"/js/figure-preview-");
	}

	@Test
	void detailOffersToAddTheFirstFigure() throws Exception {
		given(this.talks.details("helm-3-deep-dive"))
			.willReturn(new TalkDetails(8L, "helm-3-deep-dive", "Helm 3 Deep Dive", null, TalkKind.TALK, null, null,
					null, null, null, null, KUBECON, List.of(), List.of(), List.of(), List.of(), true, false));

		String html = this.mvc.perform(get("/talks/helm-3-deep-dive").with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("No figures quoted in this talk yet.", "Add a figure",
				"action=\"/talks/helm-3-deep-dive/figures\"");
	}

	@Test
	void visitorsAndReadersReadTheTalkWithoutTheFormsToWrite() throws Exception {
		given(this.talks.details("keynotes"))
			.willReturn(new TalkDetails(1L, "keynotes", "Keynotes", null, TalkKind.KEYNOTE, null, null, null, null,
					null, null, KUBECON, List.of(), List.of(), List.of(), List.of(), true, false));

		String visitor = this.mvc.perform(get("/talks/keynotes"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reader = this.mvc.perform(get("/talks/keynotes").with(reader()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(visitor).contains("Keynotes", "href=\"/login\"", "to add notes and figures.")
			.doesNotContain("action=\"/talks/keynotes/notes\"", "action=\"/talks/keynotes/figures\"");
		assertThat(reader).contains("Your account can read notes", "Log out")
			.doesNotContain("action=\"/talks/keynotes/notes\"", "action=\"/talks/keynotes/figures\"");
	}

	@Test
	void detailShowsTheSubtitleTimesRoomTrackAndDescriptionAsPlainParagraphs() throws Exception {
		ZoneId zone = ZoneId.of("America/Los_Angeles");
		given(this.talks.details("mesh")).willReturn(new TalkDetails(4L, "mesh", "Mesh at Scale", "Lessons from Lyft",
				TalkKind.TALK, null, "First <b>paragraph</b>\nstill the first.\n\nSecond paragraph.",
				ZonedDateTime.of(2019, 11, 19, 14, 25, 0, 0, zone), ZonedDateTime.of(2019, 11, 19, 15, 0, 0, 0, zone),
				"Room 6C", "Networking", KUBECON, List.of(), List.of(), List.of(), List.of(), true, false));

		Document page = Jsoup.parse(this.mvc.perform(get("/talks/mesh"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select(".subtitle").text()).isEqualTo("Lessons from Lyft");
		assertThat(page.select(".meta .when").text()).isEqualTo("Tue 19 Nov, 14:25–15:00, Room 6C");
		assertThat(page.select(".meta .when").attr("title")).isEqualTo("Times in America/Los_Angeles");
		assertThat(page.select(".facts dt:contains(Track) + dd").text()).isEqualTo("Networking");
		assertThat(page.select("#description p")).extracting(Element::wholeText)
			.containsExactly("First <b>paragraph</b>\nstill the first.", "Second paragraph.");
		assertThat(page.select("#description b")).isEmpty();
		assertThat(page.select(".page-actions")).as("no controls for visitors").isEmpty();
		assertThat(page.select(".badge.cancelled")).isEmpty();
	}

	@Test
	void detailNamesTheKindOfSessionAndEachLinkInWords() throws Exception {
		given(this.talks.details("updates")).willReturn(new TalkDetails(6L, "updates", "CNCF Project Updates", null,
				TalkKind.PROJECT_UPDATE, null, null, null, null, null, null, KUBECON, List.of(), List.of(), List.of(),
				List.of(new TalkDetails.TalkLink("talk.link.schedule", "https://example.com/schedule"),
						new TalkDetails.TalkLink("talk.link.slides", "https://example.com/slides"),
						new TalkDetails.TalkLink("talk.link.video", "https://example.com/video")),
				true, false));

		Document page = Jsoup.parse(this.mvc.perform(get("/talks/updates"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select(".meta .badge.kind-project-update").text()).isEqualTo("Project update");
		assertThat(page.select(".facts dt:contains(Links) + dd a")).extracting(Element::text)
			.containsExactly("Schedule", "Slides", "Video");
	}

	@Test
	void editorsMayEditCancelOrDeleteATalkAndReinstateACancelledOne() throws Exception {
		given(this.talks.details("mesh")).willReturn(new TalkDetails(4L, "mesh", "Mesh at Scale", null, TalkKind.TALK,
				null, null, null, null, null, null, KUBECON, List.of(), List.of(), List.of(), List.of(), true, false));
		given(this.talks.details("gone")).willReturn(new TalkDetails(5L, "gone", "Called Off", null, TalkKind.TALK,
				null, null, null, null, null, null, KUBECON, List.of(), List.of(), List.of(), List.of(), true, true));

		Document mesh = Jsoup
			.parse(this.mvc.perform(get("/talks/mesh").with(editor())).andReturn().getResponse().getContentAsString());
		Document gone = Jsoup
			.parse(this.mvc.perform(get("/talks/gone").with(editor())).andReturn().getResponse().getContentAsString());

		assertThat(mesh.select(".page-actions a").eachAttr("href")).containsExactly("/talks/mesh/edit",
				"/talks/mesh/delete");
		assertThat(mesh.select(".page-actions form").eachAttr("action")).containsExactly("/talks/mesh/cancel");
		assertThat(mesh.select(".page-actions form input[name=_csrf]")).hasSize(1);
		assertThat(gone.select("h1 + .meta .badge.cancelled").text()).isEqualTo("Cancelled");
		assertThat(gone.select(".cancelled-notice").text()).contains("This talk was cancelled");
		assertThat(gone.select(".page-actions form").eachAttr("action")).containsExactly("/talks/gone/reinstate");
	}

	@Test
	void theTalkListMarksCancelledTalks() throws Exception {
		givenTalks(List.of(new TalkSummary("gone", "Called Off", TalkKind.TALK, KUBECON, List.of(), List.of(), true, 0,
				0, true, null, List.of())));

		Document page = Jsoup.parse(this.mvc.perform(get("/talks")).andReturn().getResponse().getContentAsString());

		assertThat(page.select(".talk-card.is-cancelled .badge.cancelled").text()).isEqualTo("Cancelled");
	}

	@Test
	void unknownTalkGetsAFriendlyNotFoundPage() throws Exception {
		given(this.talks.details("nope")).willThrow(TalkNotFoundException.forSlug("nope"));

		String html = this.mvc.perform(get("/talks/nope"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Not found", "No talk called “nope”.", "Browse the talks")
			.doesNotContain("Exception");
	}

	@Test
	void pagesAreSentWithAStrictContentSecurityPolicy() throws Exception {
		givenTalks(List.of());

		String policy = this.mvc.perform(get("/talks")).andReturn().getResponse().getHeader("Content-Security-Policy");

		assertThat(policy).contains("default-src 'self'", "script-src 'self'").doesNotContain("unsafe-inline");
	}

	private void givenTalks(List<TalkSummary> talks) {
		given(this.talks.page(any(), any(), anyInt(), anyInt())).willReturn(new TalkPage(talks, 1, 1, talks.size()));
	}

}
