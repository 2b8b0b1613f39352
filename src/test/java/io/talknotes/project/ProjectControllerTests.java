package io.talknotes.project;

import java.util.List;

import io.talknotes.TestAccounts;
import io.talknotes.figure.FiguresOnPages;
import io.talknotes.figure.FigureService;
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

@WebMvcTest(ProjectController.class)
@Import({ SecurityConfiguration.class, PageParts.class, TalkListsOnPages.class, FiguresOnPages.class })
class ProjectControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ProjectService projects;

	@MockitoBean
	private TalkService talks;

	@MockitoBean
	private FigureService figures;

	@Test
	void listShowsProjectsWithTheirMaturity() throws Exception {
		given(this.projects.summaries()).willReturn(List.of(new ProjectSummary("vitess", "Vitess", "graduated", 1, 6),
				new ProjectSummary("kubeflow", "Kubeflow", null, 1, 0)));

		String html = this.mvc.perform(get("/projects"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("href=\"/projects/vitess\"", "maturity-graduated\">Graduated</span>", "6 figures",
				"Kubeflow", "0 figures");
	}

	@Test
	void detailShowsTheTalksAboutTheProject() throws Exception {
		given(this.projects.get("helm")).willReturn(new Project("helm", "Helm", "incubating"));
		given(this.talks.covering("helm")).willReturn(List.of(new TalkSummary("helm-3-deep-dive", "Helm 3 Deep Dive",
				TalkKind.TALK, new NamedLink("kubecon", "KubeCon"), List.of(new NamedLink("ibm", "IBM")),
				List.of(new NamedLink("helm", "Helm")), true, 1, 0, false, null, List.of())));

		String html = this.mvc.perform(get("/projects/helm"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("<h1>Helm</h1>", "maturity-incubating\">Incubating</span>", "Helm 3 Deep Dive",
				"href=\"/talks/helm-3-deep-dive\"");
	}

	@Test
	void editorsMayAddEditOrDeleteAProject() throws Exception {
		given(this.projects.summaries()).willReturn(List.of(new ProjectSummary("helm", "Helm", "incubating", 2, 0)));
		given(this.projects.get("helm")).willReturn(new Project("helm", "Helm", "incubating"));

		String list = this.mvc.perform(get("/projects").with(TestAccounts.editor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String detail = this.mvc.perform(get("/projects/helm").with(TestAccounts.editor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reader = this.mvc.perform(get("/projects/helm").with(TestAccounts.reader()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(list).contains("<a href=\"/projects/new\">New project</a>");
		assertThat(detail).contains("href=\"/projects/helm/edit\"", "href=\"/projects/helm/delete\"");
		assertThat(reader).doesNotContain("/projects/helm/edit", "/projects/helm/delete");
	}

	@Test
	void unknownProjectIsNotFound() throws Exception {
		given(this.projects.get("nope")).willThrow(ProjectNotFoundException.forSlug("nope"));

		this.mvc.perform(get("/projects/nope")).andExpect(status().isNotFound());
	}

}
