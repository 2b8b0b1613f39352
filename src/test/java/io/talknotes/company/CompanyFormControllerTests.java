package io.talknotes.company;

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

@WebMvcTest(CompanyFormController.class)
@Import(SecurityConfiguration.class)
class CompanyFormControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CompanyService companies;

	@Test
	void theNewCompanyFormAsksForANameAndAWebsite() throws Exception {
		assertThat(page(get("/companies/new"), 200)).contains("<h1>New company</h1>", "action=\"/companies\"",
				"name=\"_csrf\"", "name=\"name\"", "name=\"websiteUrl\"", "type=\"url\"");
	}

	@Test
	void aNewCompanyIsSavedCleanAndShownWithAMessage() throws Exception {
		given(this.companies.create(any())).willReturn(new Company("acme-robotics", "Acme Robotics"));

		this.mvc
			.perform(post("/companies").param("name", " Acme\tRobotics ")
				.param("websiteUrl", "https://acme.example/")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/companies/acme-robotics"))
			.andExpect(flash().attribute("message", "company.created"));

		verify(this.companies).create(new CompanyForm("Acme Robotics", "https://acme.example/"));
	}

	@Test
	void mistakesAreExplainedBesideTheirFieldsAndWhatWasTypedIsKept() throws Exception {
		String html = page(post("/companies").param("name", "").param("websiteUrl", "ftp://acme.example/").with(csrf()),
				200);

		assertThat(html).contains("id=\"name-error\"", "Give the company a name.", "id=\"websiteUrl-error\"",
				"Give a web address that starts with https:// or http://", "value=\"ftp://acme.example/\"");
		verify(this.companies, never()).create(any());
	}

	@Test
	void aNameAnotherCompanyHasIsExplainedBesideTheName() throws Exception {
		given(this.companies.update(anyString(), any())).willThrow(new NameTakenException(new Company("lyft", "Lyft")));
		given(this.companies.get("jd-com")).willReturn(new Company("jd-com", "JD.com"));

		String html = page(post("/companies/jd-com").param("name", "LYFT").with(csrf()), 200);

		assertThat(html).contains("<h1>Edit company</h1>", "action=\"/companies/jd-com\"", "id=\"name-error\"",
				"There is already a company called “Lyft”.", "value=\"LYFT\"");
	}

	@Test
	void theEditFormHoldsTheCompanyAndARenameLeadsToItsNewAddress() throws Exception {
		Company lyft = new Company("lyft", "Lyft");
		lyft.link("https://www.lyft.com/");
		given(this.companies.get("lyft")).willReturn(lyft);
		given(this.companies.update(anyString(), any())).willReturn(new Company("lyft-inc", "Lyft Inc."));

		assertThat(page(get("/companies/lyft/edit"), 200)).contains("value=\"Lyft\"", "value=\"https://www.lyft.com/\"",
				"href=\"/companies/lyft\"");
		this.mvc.perform(post("/companies/lyft").param("name", "Lyft Inc.").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/companies/lyft-inc"))
			.andExpect(flash().attribute("message", "company.saved"));
		verify(this.companies).update("lyft", new CompanyForm("Lyft Inc.", ""));
	}

	@Test
	void anUnknownCompanyHasNoFormsButTheNotFoundPage() throws Exception {
		given(this.companies.get("nobody")).willThrow(CompanyNotFoundException.forSlug("nobody"));
		given(this.companies.deletion("nobody")).willThrow(CompanyNotFoundException.forSlug("nobody"));
		willThrow(CompanyNotFoundException.forSlug("nobody")).given(this.companies).delete("nobody");

		assertThat(page(get("/companies/nobody/edit"), 404)).contains("No company called “nobody”.");
		assertThat(page(post("/companies/nobody").param("name", "X").with(csrf()), 404)).contains("No company");
		assertThat(page(get("/companies/nobody/delete"), 404)).contains("No company");
		assertThat(page(post("/companies/nobody/delete").with(csrf()), 404)).contains("No company");
	}

	@Test
	void theDeletePageSaysWhatTheCompanyIsTakenOff() throws Exception {
		given(this.companies.deletion("lyft")).willReturn(new CompanyDeletion(new Company("lyft", "Lyft"), 1, 2, 0));

		assertThat(page(get("/companies/lyft/delete"), 200)).contains("Delete this company?",
				"This deletes “Lyft”. It is taken off the 1 talk that names it and off the 2 speakers who speak for it.",
				"action=\"/companies/lyft/delete\"", "Yes, delete it");
	}

	@Test
	void theDeletePageRefusesWhileFiguresAreAboutTheCompany() throws Exception {
		given(this.companies.deletion("jd-com"))
			.willReturn(new CompanyDeletion(new Company("jd-com", "JD.com"), 0, 0, 3));

		String html = page(get("/companies/jd-com/delete"), 200);

		assertThat(html).contains("“JD.com” has 3 figures; delete or move them first.",
				"href=\"/companies/jd-com#figures\"");
		assertThat(html).doesNotContain("Yes, delete it");
	}

	@Test
	void deletingGoesToTheCompanyListWithAMessage() throws Exception {
		this.mvc.perform(post("/companies/lyft/delete").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/companies"))
			.andExpect(flash().attribute("message", "company.deleted"));

		verify(this.companies).delete("lyft");
	}

	@Test
	void aRefusedDeleteShowsWhy() throws Exception {
		willThrow(new DeletionRefusedException("JD.com")).given(this.companies).delete("jd-com");
		given(this.companies.deletion("jd-com"))
			.willReturn(new CompanyDeletion(new Company("jd-com", "JD.com"), 0, 0, 1));

		assertThat(page(post("/companies/jd-com/delete").with(csrf()), 409))
			.contains("“JD.com” has 1 figure; delete or move them first.");
	}

	@Test
	void readersMayNotAddChangeOrDeleteCompanies() throws Exception {
		this.mvc.perform(get("/companies/new").with(reader())).andExpect(status().isForbidden());
		this.mvc.perform(post("/companies/lyft").param("name", "X").with(reader()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/companies/lyft/delete").with(csrf())).andExpect(redirectedUrl("/login"));
		verify(this.companies, never()).delete(anyString());
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
