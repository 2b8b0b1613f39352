package io.talknotes.figure;

import java.util.List;

import io.talknotes.TestAccounts;
import io.talknotes.company.Company;
import io.talknotes.company.CompanyService;
import io.talknotes.figure.shorthand.FigureParser;
import io.talknotes.project.Project;
import io.talknotes.project.ProjectService;
import io.talknotes.talk.TalkDetails;
import io.talknotes.talk.TalkKind;
import io.talknotes.talk.TalkService;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.talknotes.figure.Figures.link;
import static io.talknotes.figure.Figures.saved;
import static io.talknotes.figure.Figures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
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

@WebMvcTest(FigureFormController.class)
@Import(SecurityConfiguration.class)
class FigureFormControllerTests {

	private static final String SLUG = "cncf-project-updates";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private FigureService figures;

	@MockitoBean
	private TalkService talks;

	@MockitoBean
	private CompanyService companies;

	@MockitoBean
	private ProjectService projects;

	@BeforeEach
	void talkAndChoices() {
		given(this.talks.details(SLUG))
			.willReturn(new TalkDetails(2L, SLUG, "CNCF Project Updates", null, TalkKind.PROJECT_UPDATE, null, null,
					null, null, null, null, Figures.KUBECON, List.of(), List.of(), List.of(), List.of(), true, false));
		given(this.companies.all()).willReturn(List.of(new Company("jd-com", "JD.com"), new Company("lyft", "Lyft")));
		given(this.projects.all()).willReturn(List.of(new Project("vitess", "Vitess", "graduated")));
		FigureParser parser = new FigureParser();
		given(this.figures.understand(any())).willAnswer((call) -> parser.parse(call.getArgument(0)));
	}

	@Test
	void theAddFormOffersTheCompaniesAndProjects() throws Exception {
		String html = page(get("/talks/{slug}/figures/new", SLUG));

		assertThat(html).contains("Add a figure", "action=\"/talks/cncf-project-updates/figures\"",
				"<option value=\"jd-com\">JD.com</option>", "<option value=\"vitess\">Vitess</option>",
				"name=\"newCompanyName\"", "name=\"preview\"", "/js/figure-preview-");
	}

	@Test
	void savingAFigureRedirectsToItOnTheTalkWithAMessage() throws Exception {
		given(this.figures.add(anyString(), any(), anyString()))
			.willReturn(view(31L, "12k+ pods", link("acme", "Acme"), null, null));

		this.mvc
			.perform(figure(post("/talks/{slug}/figures", SLUG), "12k+ pods").param("subject", "Fleet")
				.param("newCompanyName", "Acme")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/cncf-project-updates#figure-31"))
			.andExpect(flash().attribute("message", "figure.added"));

		verify(this.figures).add(SLUG, new FigureForm("12k+ pods", "Fleet", null, "Acme", null, null),
				TestAccounts.EDITOR);
	}

	@Test
	void previewShowsHowTheFigureWasUnderstoodWithoutSavingIt() throws Exception {
		String html = page(figure(post("/talks/{slug}/figures", SLUG), "~2300 nodes/cluster").param("preview", "true"));

		assertThat(html).contains("How it was understood", "about 2,300 nodes per cluster", "2,300", "nodes", "about",
				"per cluster", "~2300 nodes/cluster", "value=\"~2300 nodes/cluster\"");
		assertThat(html).contains("data-unknown-unit hidden=\"hidden\">unknown unit, kept as written");
		verify(this.figures, never()).add(any(), any(), any());
	}

	@Test
	void previewFlagsAUnitThatIsNotInTheCatalogue() throws Exception {
		String html = page(figure(post("/talks/{slug}/figures", SLUG), "4k keyspaces").param("preview", "true"));

		assertThat(html).contains("keyspaces", "<span class=\"flag\" data-unknown-unit>unknown unit, kept as written");
	}

	@Test
	void previewOfAnUnknownUnitSaysWhichLineToAddToWhichCatalogue() throws Exception {
		String html = page(figure(post("/talks/{slug}/figures", SLUG), "4k keyspaces").param("preview", "true"));

		assertThat(html).contains(
				"To teach Talknotes this unit, an admin adds this line to units.txt in its data folder (talknotes.data-dir) and restarts it:",
				"<code data-field=\"unitLine\">keyspaces = count</code>");
	}

	@Test
	void previewOfAKnownUnitHidesTheCatalogueHintAndShowsTheFigureInItsBaseUnit() throws Exception {
		String html = page(figure(post("/talks/{slug}/figures", SLUG), "p99 3 PB/month").param("preview", "true"));

		assertThat(html).contains("<span class=\"teach\" data-teach hidden=\"hidden\">", "p99",
				"3,000,000,000,000,000 bytes per month", "petabytes");
	}

	@Test
	void aFigureWithoutANumberIsExplainedNextToTheFieldAndTheTextIsKept() throws Exception {
		String html = page(figure(post("/talks/{slug}/figures", SLUG), "lots of pods"));

		assertThat(html).contains("id=\"text-error\"",
				"No number found in &quot;lots of pods&quot;. Start with a figure, for example &quot;35M QPS&quot;.",
				"value=\"lots of pods\"", "aria-invalid=\"true\"");
		verify(this.figures, never()).add(any(), any(), any());
	}

	@Test
	void aNegativeCountIsExplained() throws Exception {
		assertThat(page(figure(post("/talks/{slug}/figures", SLUG), "-5 pods")))
			.contains("Negative numbers are not allowed: a count starts at 0.", "value=\"-5 pods\"");
	}

	@Test
	void anUnknownPeriodIsExplained() throws Exception {
		assertThat(page(figure(post("/talks/{slug}/figures", SLUG), "5 pods/fortnight")))
			.contains("Unknown period &quot;/fortnight&quot;. Use /s, /day, /month, /year or /cluster.");
	}

	@Test
	void choosingACompanyAndTypingANewOneIsExplained() throws Exception {
		String html = page(figure(post("/talks/{slug}/figures", SLUG), "30k pods").param("companySlug", "jd-com")
			.param("newCompanyName", "JD"));

		assertThat(html).contains("Choose a company from the list or type a new one, not both.",
				"<option value=\"jd-com\" selected=\"selected\">JD.com</option>");
		verify(this.figures, never()).add(any(), any(), any());
	}

	@Test
	void theEditFormHoldsTheSavedFigure() throws Exception {
		given(this.figures.get(SLUG, 7L)).willReturn(
				saved(7L, "30k pods", link("jd-com", "JD.com"), link("vitess", "Vitess"), "Vitess at JD.com", 5));

		String html = page(get("/talks/{slug}/figures/{id}/edit", SLUG, 7L));

		assertThat(html).contains("Edit figure", "action=\"/talks/cncf-project-updates/figures/7\"",
				"name=\"version\" value=\"5\"", "value=\"30k pods\"", "value=\"Vitess at JD.com\"",
				"<option value=\"jd-com\" selected=\"selected\">JD.com</option>",
				"<option value=\"vitess\" selected=\"selected\">Vitess</option>");
	}

	@Test
	void savingAnEditRedirectsToTheFigure() throws Exception {
		given(this.figures.get(SLUG, 7L)).willReturn(view(7L, "30k pods", null, null, null));

		this.mvc
			.perform(figure(post("/talks/{slug}/figures/{id}", SLUG, 7L), "31k pods").param("version", "3")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/cncf-project-updates#figure-7"))
			.andExpect(flash().attribute("message", "figure.saved"));

		verify(this.figures).revise(SLUG, 7L, 3, new FigureForm("31k pods", null, null, null, null, null));
	}

	@Test
	void anEditThatCannotBeReadIsNotSaved() throws Exception {
		given(this.figures.get(SLUG, 7L)).willReturn(view(7L, "30k pods", null, null, null));

		assertThat(page(figure(post("/talks/{slug}/figures/{id}", SLUG, 7L), "").param("version", "0")))
			.contains("Enter a figure, for example &quot;35M QPS&quot;.");
		verify(this.figures, never()).revise(any(), any(), anyLong(), any());
	}

	@Test
	void deletingAsksFirstAndThenRedirectsToTheTalksFiguresWithWhatWasDeletedForUndo() throws Exception {
		given(this.figures.get(SLUG, 7L)).willReturn(saved(7L, "30k pods", link("jd-com", "JD.com"), null, null, 2));
		DeletedFigure deleted = new DeletedFigure("30k pods", null, "jd-com", null, 3, TestAccounts.EDITOR);
		given(this.figures.delete(SLUG, 7L, 2)).willReturn(deleted);

		assertThat(page(get("/talks/{slug}/figures/{id}/delete", SLUG, 7L))).contains("Delete this figure?", "30k pods",
				"30,000 pods", "JD.com", "action=\"/talks/cncf-project-updates/figures/7/delete\"",
				"name=\"version\" value=\"2\"");

		this.mvc.perform(
				post("/talks/{slug}/figures/{id}/delete", SLUG, 7L).param("version", "2").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/cncf-project-updates#figures"))
			.andExpect(flash().attribute("message", "figure.deleted"))
			.andExpect(flash().attribute("messageAt", "figures"))
			.andExpect(flash().attribute("deletedFigure", deleted));
		verify(this.figures).delete(SLUG, 7L, 2);
	}

	@Test
	void aFigureThatDoesNotSaveComesBackWithTheFocusOnTheFirstWrongFieldAndEveryWrongFieldMarked() throws Exception {
		Document page = Jsoup
			.parse(page(figure(post("/talks/{slug}/figures", SLUG), "12k+ pods").param("companySlug", "lyft")
				.param("newCompanyName", "Acme")
				.param("projectSlug", "vitess")
				.param("newProjectName", "Kubernetes")));

		assertThat(page.select("[aria-invalid=true]").eachAttr("id")).containsExactly("newCompanyName",
				"newProjectName");
		assertThat(page.select("[autofocus]").eachAttr("id")).containsExactly("newCompanyName");
	}

	@Test
	void undoAfterADeleteAddsTheFigureBackInItsPlaceAndShowsItWithAMessage() throws Exception {
		given(this.figures.restore(eq(SLUG), any(), eq(3), any()))
			.willReturn(view(40L, "30k pods", link("jd-com", "JD.com"), null, null));

		this.mvc
			.perform(figure(post("/talks/{slug}/figures/restore", SLUG), "30k pods").param("companySlug", "jd-com")
				.param("position", "3")
				.param("addedBy", TestAccounts.OTHER_EDITOR)
				.with(admin())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/talks/cncf-project-updates#figure-40"))
			.andExpect(flash().attribute("message", "figure.restored"))
			.andExpect(flash().attribute("messageAt", "figure-40"));

		verify(this.figures).restore(SLUG, new FigureForm("30k pods", null, "jd-com", null, null, null), 3,
				TestAccounts.OTHER_EDITOR);
	}

	@Test
	void aFigureAnEditorAddsBackIsTheirsWhateverTheFormSays() throws Exception {
		given(this.figures.restore(eq(SLUG), any(), eq(3), any()))
			.willReturn(view(40L, "30k pods", link("jd-com", "JD.com"), null, null));

		this.mvc
			.perform(figure(post("/talks/{slug}/figures/restore", SLUG), "30k pods").param("position", "3")
				.param("addedBy", TestAccounts.OTHER_EDITOR)
				.with(editor())
				.with(csrf()))
			.andExpect(status().isFound());

		verify(this.figures).restore(eq(SLUG), any(), eq(3), eq(TestAccounts.EDITOR));
	}

	@Test
	void anUndoWithAFigureThatCannotBeReadComesBackAsTheAddForm() throws Exception {
		String html = page(figure(post("/talks/{slug}/figures/restore", SLUG), "lots of pods"));

		assertThat(html).contains("Add a figure", "action=\"/talks/cncf-project-updates/figures\"",
				"value=\"lots of pods\"");
		verify(this.figures, never()).restore(any(), any(), anyInt(), any());
	}

	@Test
	void anEditThatCrossesAnotherKeepsWhatWasTypedAndShowsTheSavedFigure() throws Exception {
		given(this.figures.get(SLUG, 7L)).willReturn(saved(7L, "30k pods", null, null, null, 3));
		given(this.figures.revise(eq(SLUG), eq(7L), anyLong(), any()))
			.willThrow(new FigureConflictException(saved(7L, "35k pods", null, null, "Their context", 4)));

		String html = page(figure(post("/talks/{slug}/figures/{id}", SLUG, 7L), "31k pods").param("version", "3"));

		assertThat(html).contains("Someone saved this figure while you were editing", "value=\"31k pods\"", "35k pods",
				"Their context", "name=\"version\" value=\"4\"");
	}

	@Test
	void aPreviewKeepsTheVersionTheEditStartedFrom() throws Exception {
		given(this.figures.get(SLUG, 7L)).willReturn(saved(7L, "35k pods", null, null, null, 4));

		String html = page(figure(post("/talks/{slug}/figures/{id}", SLUG, 7L), "31k pods").param("version", "3")
			.param("preview", ""));

		assertThat(html).contains("name=\"version\" value=\"3\"");
		verify(this.figures, never()).revise(any(), any(), anyLong(), any());
	}

	@Test
	void aDeleteFromAStalePageShowsTheFigureAsItIsNowInsteadOfDeletingIt() throws Exception {
		given(this.figures.get(SLUG, 7L)).willReturn(saved(7L, "35k pods", null, null, null, 6));
		willThrow(new FigureConflictException(saved(7L, "35k pods", null, null, null, 6))).given(this.figures)
			.delete(SLUG, 7L, 2);

		String html = page(post("/talks/{slug}/figures/{id}/delete", SLUG, 7L).param("version", "2"));

		assertThat(html).contains("Someone changed this figure since you opened this page", "35k pods",
				"name=\"version\" value=\"6\"");
	}

	@Test
	void aFigureOfAnotherTalkIsNotFound() throws Exception {
		given(this.figures.get(SLUG, 99L)).willThrow(FigureNotFoundException.forId(99L));

		String html = this.mvc.perform(get("/talks/{slug}/figures/{id}/edit", SLUG, 99L).with(admin()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("No figure called “99”.");
	}

	private static MockHttpServletRequestBuilder figure(MockHttpServletRequestBuilder request, String text) {
		return request.param("text", text);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
