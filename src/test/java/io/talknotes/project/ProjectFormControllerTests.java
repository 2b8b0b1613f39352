package io.talknotes.project;

import io.talknotes.system.DeletionRefusedException;
import io.talknotes.system.NameTakenException;
import io.talknotes.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.talknotes.TestAccounts.editor;
import static io.talknotes.TestAccounts.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProjectFormController.class)
@Import(SecurityConfiguration.class)
class ProjectFormControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ProjectService projects;

	@Test
	void theNewProjectFormOffersTheCncfMaturities() throws Exception {
		assertThat(page(get("/projects/new"), 200)).contains("<h1>New project</h1>", "action=\"/projects\"",
				"<option value=\"\" selected=\"selected\">Not a CNCF project</option>",
				"<option value=\"sandbox\">Sandbox</option>", "<option value=\"incubating\">Incubating</option>",
				"<option value=\"graduated\">Graduated</option>", "name=\"description\"", "name=\"websiteUrl\"");
	}

	@Test
	void aNewProjectIsSavedCleanAndShownWithAMessage() throws Exception {
		given(this.projects.create(any())).willReturn(new Project("keda", "KEDA", "sandbox"));

		this.mvc
			.perform(post("/projects").param("name", "KEDA ")
				.param("maturity", "sandbox")
				.param("description", " Event-driven autoscaling.\r\n")
				.param("websiteUrl", "https://keda.sh/")
				.with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/projects/keda"))
			.andExpect(flash().attribute("message", "project.created"));

		verify(this.projects)
			.create(new ProjectForm("KEDA", "sandbox", "Event-driven autoscaling.", "https://keda.sh/"));
	}

	@Test
	void mistakesAreExplainedBesideTheirFieldsAndWhatWasTypedIsKept() throws Exception {
		String html = page(post("/projects").param("name", "\t")
			.param("maturity", "retired")
			.param("description", "Kept as typed")
			.param("websiteUrl", "keda.sh")
			.with(csrf()), 200);

		assertThat(html).contains("Give the project a name.", "id=\"maturity-error\"",
				"Choose a maturity from the list.", "id=\"websiteUrl-error\"", "value=\"keda.sh\"",
				">Kept as typed</textarea>");
		verify(this.projects, never()).create(any());
	}

	@Test
	void aNameAnotherProjectHasIsExplainedBesideTheName() throws Exception {
		given(this.projects.create(any())).willThrow(new NameTakenException(new Project("helm", "Helm", "incubating")));

		assertThat(page(post("/projects").param("name", "helm").with(csrf()), 200)).contains("id=\"name-error\"",
				"There is already a project called “Helm”.", "value=\"helm\"");
	}

	@Test
	void theEditFormHoldsTheProjectAndARenameLeadsToItsNewAddress() throws Exception {
		Project helm = new Project("helm", "Helm", "incubating");
		helm.describe("incubating", "Package manager for Kubernetes.");
		given(this.projects.get("helm")).willReturn(helm);
		given(this.projects.update(anyString(), any())).willReturn(new Project("helm-3", "Helm 3", "graduated"));

		assertThat(page(get("/projects/helm/edit"), 200)).contains("value=\"Helm\"",
				"<option value=\"incubating\" selected=\"selected\">Incubating</option>",
				">Package manager for Kubernetes.</textarea>");
		this.mvc
			.perform(post("/projects/helm").param("name", "Helm 3")
				.param("maturity", "graduated")
				.with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/projects/helm-3"))
			.andExpect(flash().attribute("message", "project.saved"));
	}

	@Test
	void anUnknownProjectHasNoFormsButTheNotFoundPage() throws Exception {
		given(this.projects.get("nope")).willThrow(ProjectNotFoundException.forSlug("nope"));
		given(this.projects.deletion("nope")).willThrow(ProjectNotFoundException.forSlug("nope"));

		assertThat(page(get("/projects/nope/edit"), 404)).contains("No project called “nope”.");
		assertThat(page(post("/projects/nope").param("name", "X").with(csrf()), 404)).contains("No project");
		assertThat(page(get("/projects/nope/delete"), 404)).contains("No project");
	}

	@Test
	void theDeletePageSaysWhichTalksTheProjectIsTakenOffOrWhyItMayNotGo() throws Exception {
		given(this.projects.deletion("helm"))
			.willReturn(new ProjectDeletion(new Project("helm", "Helm", "incubating"), 2, 0));
		given(this.projects.deletion("vitess"))
			.willReturn(new ProjectDeletion(new Project("vitess", "Vitess", "graduated"), 1, 6));

		assertThat(page(get("/projects/helm/delete"), 200)).contains(
				"This deletes “Helm”. It is taken off the 2 talks that cover it.", "action=\"/projects/helm/delete\"");
		assertThat(page(get("/projects/vitess/delete"), 200))
			.contains("“Vitess” has 6 figures; delete or move them first.")
			.doesNotContain("Yes, delete it");
	}

	@Test
	void deletingGoesToTheProjectListOrShowsWhyNot() throws Exception {
		willThrow(new DeletionRefusedException("Vitess")).given(this.projects).delete("vitess");
		given(this.projects.deletion("vitess"))
			.willReturn(new ProjectDeletion(new Project("vitess", "Vitess", "graduated"), 1, 6));

		this.mvc.perform(post("/projects/helm/delete").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/projects"))
			.andExpect(flash().attribute("message", "project.deleted"));
		assertThat(page(post("/projects/vitess/delete").with(csrf()), 409)).contains("“Vitess” has 6 figures");
		verify(this.projects).delete("helm");
	}

	@Test
	void readersMayNotAddChangeOrDeleteProjects() throws Exception {
		this.mvc.perform(get("/projects/helm/edit").with(reader())).andExpect(status().isForbidden());
		this.mvc.perform(post("/projects").param("name", "X").with(reader()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/projects/helm/delete")).andExpect(redirectedUrl("/login"));
		verify(this.projects, never()).create(any());
	}

	/** The page an editor gets, with the status expected. */
	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request.with(editor()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
