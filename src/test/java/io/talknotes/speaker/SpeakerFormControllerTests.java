package io.talknotes.speaker;

import java.util.List;

import io.talknotes.company.Company;
import io.talknotes.company.CompanyService;
import io.talknotes.system.NameTakenException;
import io.talknotes.system.NamedLink;
import io.talknotes.web.SecurityConfiguration;
import org.junit.jupiter.api.BeforeEach;
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

@WebMvcTest(SpeakerFormController.class)
@Import(SecurityConfiguration.class)
class SpeakerFormControllerTests {

	private static final SpeakerDetails MATT = new SpeakerDetails(1L, "matt-butcher", "Matt Butcher",
			new NamedLink("microsoft", "Microsoft"), "https://technosophos.com/");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SpeakerService speakers;

	@MockitoBean
	private CompanyService companies;

	@BeforeEach
	void companiesToChooseFrom() {
		given(this.companies.all())
			.willReturn(List.of(new Company("ibm", "IBM"), new Company("microsoft", "Microsoft")));
	}

	@Test
	void theNewSpeakerFormSuggestsTheCompaniesAndTakesTheOneItWasOpenedFor() throws Exception {
		String html = page(get("/speakers/new").param("company", "IBM"), 200);

		assertThat(html).contains("<h1>New speaker</h1>", "action=\"/speakers\"", "list=\"companies\"",
				"<option value=\"Microsoft\"></option>", "id=\"company\"", "value=\"IBM\"");
	}

	@Test
	void aNewSpeakerIsSavedCleanAndShownWithAMessage() throws Exception {
		given(this.speakers.create(any())).willReturn(MATT);

		this.mvc
			.perform(post("/speakers").param("name", "Matt  Butcher")
				.param("company", " Microsoft ")
				.param("websiteUrl", "https://technosophos.com/")
				.with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/speakers/matt-butcher"))
			.andExpect(flash().attribute("message", "speaker.created"));

		verify(this.speakers).create(new SpeakerForm("Matt Butcher", "Microsoft", "https://technosophos.com/"));
	}

	@Test
	void mistakesAreExplainedBesideTheirFieldsAndWhatWasTypedIsKept() throws Exception {
		String html = page(post("/speakers").param("name", "")
			.param("company", "Acme")
			.param("websiteUrl", "data:text/html,hi")
			.with(csrf()), 200);

		assertThat(html).contains("Give the speaker a name.", "id=\"websiteUrl-error\"", "value=\"Acme\"",
				"value=\"data:text/html,hi\"");
		verify(this.speakers, never()).create(any());
	}

	@Test
	void aNameAnotherSpeakerHasIsExplainedBesideTheName() throws Exception {
		given(this.speakers.get("taylor-thomas"))
			.willReturn(new SpeakerDetails(1L, "taylor-thomas", "Taylor Thomas", null, null));
		given(this.speakers.update(anyString(), any()))
			.willThrow(new NameTakenException(new Speaker("matt-butcher", "Matt Butcher", null)));

		assertThat(page(post("/speakers/taylor-thomas").param("name", "matt butcher").with(csrf()), 200)).contains(
				"<h1>Edit speaker</h1>", "There is already a speaker called “Matt Butcher”.", "value=\"matt butcher\"");
	}

	@Test
	void theEditFormHoldsTheSpeakerAndARenameLeadsToTheirNewAddress() throws Exception {
		given(this.speakers.get("matt-butcher")).willReturn(MATT);
		given(this.speakers.update(anyString(), any()))
			.willReturn(new SpeakerDetails(1L, "matthew-butcher", "Matthew Butcher", null, null));

		assertThat(page(get("/speakers/matt-butcher/edit"), 200)).contains("value=\"Matt Butcher\"",
				"value=\"Microsoft\"", "value=\"https://technosophos.com/\"");
		this.mvc.perform(post("/speakers/matt-butcher").param("name", "Matthew Butcher").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/speakers/matthew-butcher"))
			.andExpect(flash().attribute("message", "speaker.saved"));
		verify(this.speakers).update("matt-butcher", new SpeakerForm("Matthew Butcher", "", ""));
	}

	@Test
	void anUnknownSpeakerHasNoFormsButTheNotFoundPage() throws Exception {
		given(this.speakers.get("nobody")).willThrow(SpeakerNotFoundException.forSlug("nobody"));
		given(this.speakers.deletion("nobody")).willThrow(SpeakerNotFoundException.forSlug("nobody"));
		willThrow(SpeakerNotFoundException.forSlug("nobody")).given(this.speakers).delete("nobody");

		assertThat(page(get("/speakers/nobody/edit"), 404)).contains("No speaker called “nobody”.");
		assertThat(page(post("/speakers/nobody").param("name", "X").with(csrf()), 404)).contains("No speaker");
		assertThat(page(get("/speakers/nobody/delete"), 404)).contains("No speaker");
		assertThat(page(post("/speakers/nobody/delete").with(csrf()), 404)).contains("No speaker");
	}

	@Test
	void theDeletePageSaysWhichTalksTheSpeakerIsTakenOff() throws Exception {
		given(this.speakers.deletion("matt-butcher")).willReturn(new SpeakerDeletion(MATT, 1));

		assertThat(page(get("/speakers/matt-butcher/delete"), 200)).contains("Delete this speaker?",
				"This deletes “Matt Butcher”. They are taken off the 1 talk that names them.",
				"action=\"/speakers/matt-butcher/delete\"");
	}

	@Test
	void deletingGoesHomeWithAMessage() throws Exception {
		this.mvc.perform(post("/speakers/matt-butcher/delete").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("message", "speaker.deleted"));

		verify(this.speakers).delete("matt-butcher");
	}

	@Test
	void readersMayNotAddChangeOrDeleteSpeakers() throws Exception {
		this.mvc.perform(get("/speakers/new").with(reader())).andExpect(status().isForbidden());
		this.mvc.perform(post("/speakers/matt-butcher/delete").with(reader()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/speakers").param("name", "X").with(csrf())).andExpect(redirectedUrl("/login"));
		verify(this.speakers, never()).delete(anyString());
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
