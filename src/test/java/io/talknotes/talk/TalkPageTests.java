package io.talknotes.talk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.talknotes.TestAccounts;
import io.talknotes.company.CompanyService;
import io.talknotes.conference.ConferenceService;
import io.talknotes.figure.DeletedFigure;
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
import jakarta.servlet.http.Cookie;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.talknotes.TestAccounts.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page of a talk reads first: what the session was, then the notes, then the figures
 * as cards; after a save, the message sits next to what changed, which is lit up, and a
 * delete can be undone from there.
 */
@WebMvcTest(TalkController.class)
@Import({ SecurityConfiguration.class, PageParts.class, FilterSlugs.class, NotesOnPages.class, FiguresOnPages.class })
class TalkPageTests {

	private static final String SLUG = "kubernetes-at-reddit";

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
	void talkWithAFigureAndANote() {
		ZoneId zone = ZoneId.of("America/Los_Angeles");
		given(this.talks.details(SLUG)).willReturn(new TalkDetails(9L, SLUG,
				"Kubernetes at Reddit: Tales from Production", null, TalkKind.TALK, "A long abstract.", null,
				ZonedDateTime.of(2019, 11, 20, 11, 50, 0, 0, zone), ZonedDateTime.of(2019, 11, 20, 12, 25, 0, 0, zone),
				"Room 6F", null, KUBECON, List.of(new NamedLink("greg-taylor", "Greg Taylor")),
				List.of(new NamedLink("reddit", "Reddit")), List.of(new NamedLink("kubernetes", "Kubernetes")),
				List.of(new TalkDetails.TalkLink("talk.link.slides", "https://example.com/slides")), true, false));
		given(this.figures.forTalk(9L)).willReturn(List.of(new FigureView(3L, "2.8B+ votes per month",
				new FigureParser().parse("2.8B+ votes per month"), "Reddit scale", new NamedLink(SLUG, "Reddit"),
				KUBECON, new NamedLink("reddit", "Reddit"), null, 0, TestAccounts.EDITOR)));
		Instant written = Instant.parse("2019-11-22T09:08:00Z");
		given(this.notes.forTalk(9L)).willReturn(
				List.of(new NoteView(5L, SLUG, "Kubernetes at Reddit", "Ada Lovelace", "Reddit runs on Kubernetes",
						"<p>Reddit runs on Kubernetes</p>\n", written, written, 0, TestAccounts.EDITOR)));
	}

	@Test
	void readsTheSessionsFactsThenTheNotesThenTheFigures() throws Exception {
		Document page = page(get("/talks/{slug}", SLUG));

		Element facts = page.selectFirst(".session-facts");
		assertThat(page.select(".meta .when").text()).isEqualTo("Wed 20 Nov, 11:50–12:25, Room 6F");
		assertThat(facts.select("dt")).extracting(Element::text)
			.containsExactly("Speakers", "Presented by", "Links", "Projects");
		List<Element> order = page.select(".meta, .session-facts, #notes, #figures");
		assertThat(order)
			.extracting((element) -> element.hasClass("meta") ? "time and room"
					: element.hasClass("session-facts") ? "facts" : element.id())
			.containsExactly("time and room", "facts", "notes", "figures");
		assertThat(page.selectFirst("details.about").hasAttr("open")).as("the abstract is folded").isFalse();
		assertThat(page.select("details.about").text()).contains("A long abstract.");
	}

	@Test
	void showsTheFiguresAsCardsWithTheirEditControlsBehindAMenu() throws Exception {
		Document page = page(get("/talks/{slug}", SLUG));

		assertThat(page.select("#figures table")).isEmpty();
		Element card = page.selectFirst("#figures .figure-card#figure-3");
		assertThat(card.select(".figure-quote").text()).isEqualTo("2.8B+ votes per month");
		assertThat(card.select(".figure-reads").text()).isEqualTo("at least 2,800,000,000 votes per month");
		assertThat(card.select(".figure-about a").eachAttr("href")).containsExactly("/companies/reddit");
		Element menu = card.selectFirst("details.quiet-menu");
		assertThat(menu.select("summary .visually-hidden").text()).as("the menu's name for screen readers")
			.isEqualTo("Edit or delete 2.8B+ votes per month");
		assertThat(menu.select("summary [aria-hidden=true]").text()).as("what the eye sees").isEqualTo("⋯");
		assertThat(menu.select("a")).extracting((link) -> link.attr("aria-label"))
			.containsExactly("Edit 2.8B+ votes per month", "Delete 2.8B+ votes per month");
		assertThat(page.select("#figures a:not(details a)")).extracting(Element::text)
			.as("outside the menu, only quiet links")
			.containsExactly("Reddit", "Compare", "Compare all figures");
	}

	@Test
	void anAddedNoteOrFigureIsAnnouncedAndLitUpWhereItIsNotAtTheTopOfThePage() throws Exception {
		Document notePage = page(
				get("/talks/{slug}", SLUG).flashAttr("message", "note.added").flashAttr("messageAt", "note-5"));
		Document figurePage = page(
				get("/talks/{slug}", SLUG).flashAttr("message", "figure.added").flashAttr("messageAt", "figure-3"));

		Element note = notePage.selectFirst("#note-5");
		assertThat(note.hasClass("changed")).isTrue();
		assertThat(note.select("[role=status]").text()).isEqualTo("Your note was added.");
		assertThat(notePage.select("[role=status]")).hasSize(1);
		Element card = figurePage.selectFirst("#figure-3");
		assertThat(card.hasClass("changed")).isTrue();
		assertThat(card.select("[role=status]").text()).isEqualTo("The figure was added.");
		assertThat(figurePage.select("[role=status]")).hasSize(1);
	}

	@Test
	void aDeletedFigureIsAnnouncedAmongTheFiguresWithAnUndoThatSendsWhatItWas() throws Exception {
		Document page = page(get("/talks/{slug}", SLUG).flashAttr("message", "figure.deleted")
			.flashAttr("messageAt", "figures")
			.flashAttr("deletedFigure", new DeletedFigure("35M QPS", "Vitess at JD.com", "jd-com", "vitess", 4,
					TestAccounts.OTHER_EDITOR)));

		Element status = page.selectFirst("#figures [role=status]");
		assertThat(status.text()).isEqualTo("The figure was deleted. Undo");
		Element undo = status.selectFirst("form");
		assertThat(undo.attr("method")).isEqualTo("post");
		assertThat(undo.attr("action")).isEqualTo("/talks/" + SLUG + "/figures/restore");
		assertThat(undo.select("input[type=hidden]")).extracting((input) -> input.attr("name") + "=" + input.val())
			.contains("text=35M QPS", "subject=Vitess at JD.com", "companySlug=jd-com", "projectSlug=vitess",
					"position=4", "addedBy=grace")
			.anyMatch((field) -> field.startsWith("_csrf="));
		assertThat(status.select("button").text()).isEqualTo("Undo");
	}

	@Test
	void aNoteMovedToTheTrashIsAnnouncedAmongTheNotesWithAnUndoThatRestoresIt() throws Exception {
		Document page = page(get("/talks/{slug}", SLUG).flashAttr("message", "note.trashed")
			.flashAttr("messageAt", "notes")
			.flashAttr("trashedNote", 42L));

		Element status = page.selectFirst("#notes [role=status]");
		assertThat(status.text()).isEqualTo("The note was moved to the trash. Undo");
		assertThat(status.selectFirst("form").attr("action")).isEqualTo("/trash/42/restore");
		assertThat(page.select("body > .flash")).as("not at the top of the page").isEmpty();
	}

	@Test
	void isSentInTheThemeTheReaderChoseAndFollowsTheSystemOtherwise() throws Exception {
		Document dark = page(get("/talks/{slug}", SLUG).cookie(new Cookie("theme", "dark")));
		Document unknown = page(get("/talks/{slug}", SLUG).cookie(new Cookie("theme", "\"><script>")));
		Document none = page(get("/talks/{slug}", SLUG));

		assertThat(dark.selectFirst("html").attr("data-theme")).isEqualTo("dark");
		assertThat(unknown.selectFirst("html").hasAttr("data-theme")).isFalse();
		assertThat(none.selectFirst("html").hasAttr("data-theme")).isFalse();
		assertThat(none.selectFirst("#theme-toggle").hasAttr("hidden")).as("shown by the script only").isTrue();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
