package io.talknotes.company;

import java.util.List;

import io.talknotes.TestAccounts;
import io.talknotes.figure.FiguresOnPages;
import io.talknotes.figure.FigureService;
import io.talknotes.figure.FigureView;
import io.talknotes.figure.shorthand.FigureParser;
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

@WebMvcTest(CompanyController.class)
@Import({ SecurityConfiguration.class, PageParts.class, TalkListsOnPages.class, FiguresOnPages.class })
class CompanyControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CompanyService companies;

	@MockitoBean
	private TalkService talks;

	@MockitoBean
	private FigureService figures;

	@Test
	void listShowsEveryCompanyWithItsCounts() throws Exception {
		given(this.companies.summaries()).willReturn(
				List.of(new CompanySummary("jd-com", "JD.com", 0, 3), new CompanySummary("lyft", "Lyft", 1, 6)));

		String html = this.mvc.perform(get("/companies"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("href=\"/companies/jd-com\"", "JD.com", "3 figures", "Lyft", "1 talk", "6 figures");
	}

	@Test
	void detailShowsTheCompanysTalksAndFigures() throws Exception {
		given(this.companies.get("jd-com")).willReturn(new Company("jd-com", "JD.com"));
		NamedLink updates = new NamedLink("cncf-project-updates", "CNCF Project Updates");
		given(this.talks.presentedBy("jd-com")).willReturn(List.of(new TalkSummary("cncf-project-updates",
				"CNCF Project Updates", TalkKind.PROJECT_UPDATE, new NamedLink("kubecon", "KubeCon"), List.of(),
				List.of(new NamedLink("vitess", "Vitess")), true, 1, 13, false, null, List.of())));
		given(this.figures.forCompany("jd-com")).willReturn(List.of(new FigureView(6L, "35M QPS",
				new FigureParser().parse("35M QPS"), "Vitess at JD.com", updates, new NamedLink("kubecon", "KubeCon"),
				new NamedLink("jd-com", "JD.com"), new NamedLink("vitess", "Vitess"), 0, null)));

		String html = this.mvc.perform(get("/companies/jd-com"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<h1>JD.com</h1>", "CNCF Project Updates", "35M QPS", "35,000,000",
				"queries per second", "href=\"/projects/vitess\"");
	}

	@Test
	void editorsMayAddEditOrDeleteACompanyAndAddItsSpeakers() throws Exception {
		given(this.companies.summaries()).willReturn(List.of(new CompanySummary("lyft", "Lyft", 1, 6)));
		given(this.companies.get("lyft")).willReturn(new Company("lyft", "Lyft"));

		String list = this.mvc.perform(get("/companies").with(TestAccounts.editor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String detail = this.mvc.perform(get("/companies/lyft").with(TestAccounts.editor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String visitor = this.mvc.perform(get("/companies/lyft")).andReturn().getResponse().getContentAsString();

		assertThat(list).contains("<a href=\"/companies/new\">New company</a>");
		assertThat(detail).contains("href=\"/companies/lyft/edit\"", "href=\"/companies/lyft/delete\"",
				"<a href=\"/speakers/new?company=Lyft\">New speaker for Lyft</a>");
		assertThat(visitor).doesNotContain("/companies/lyft/edit", "/speakers/new");
	}

	@Test
	void unknownCompanyIsNotFound() throws Exception {
		given(this.companies.get("nobody")).willThrow(CompanyNotFoundException.forSlug("nobody"));

		String html = this.mvc.perform(get("/companies/nobody"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("No company called “nobody”.");
	}

}
