package io.talknotes.conference;

import java.time.LocalDate;

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

@WebMvcTest(ConferenceFormController.class)
@Import(SecurityConfiguration.class)
class ConferenceFormControllerTests {

	private static final String KUBECON = "kubecon-cloudnativecon-na-2019";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ConferenceService conferences;

	@Test
	void theNewConferenceFormOffersTimeZonesToChooseFrom() throws Exception {
		String html = page(get("/conferences/new"), 200);

		assertThat(html).contains("<h1>New conference</h1>", "action=\"/conferences\"", "name=\"_csrf\"", "id=\"name\"",
				"type=\"date\"", "list=\"time-zones\"", "<option value=\"Europe/Amsterdam\"></option>",
				"<option value=\"America/Los_Angeles\"></option>", "type=\"url\"");
	}

	@Test
	void aNewConferenceIsSavedCleanAndShownWithAMessage() throws Exception {
		given(this.conferences.create(any())).willReturn(conference("devconf-cz-2025", "DevConf.CZ 2025"));

		this.mvc
			.perform(post("/conferences").param("name", "  DevConf.CZ   2025 ")
				.param("city", "Brno")
				.param("startsOn", "2025-06-12")
				.param("endsOn", "2025-06-14")
				.param("timeZone", "Europe/Prague")
				.param("websiteUrl", "https://www.devconf.info/cz/")
				.param("description", "Red Hat's developer conference.\r\n")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/conferences/devconf-cz-2025"))
			.andExpect(flash().attribute("message", "conference.created"));

		verify(this.conferences).create(new ConferenceForm("DevConf.CZ 2025", "", "", "Brno", LocalDate.of(2025, 6, 12),
				LocalDate.of(2025, 6, 14), "Europe/Prague", "https://www.devconf.info/cz/",
				"Red Hat's developer conference."));
	}

	@Test
	void mistakesAreExplainedBesideTheirFieldsAndWhatWasTypedIsKept() throws Exception {
		String html = page(post("/conferences").param("name", " ")
			.param("edition", "x".repeat(101))
			.param("city", "Brno")
			.param("startsOn", "2025-06-14")
			.param("endsOn", "2025-06-12")
			.param("timeZone", "Mars/Olympus_Mons")
			.param("websiteUrl", "javascript:alert(1)")
			.with(csrf()), 200);

		assertThat(html).contains("id=\"name-error\"", "Give the conference a name.", "id=\"endsOn-error\"",
				"The last day cannot be before the first day.", "id=\"timeZone-error\"", "Unknown time zone.",
				"id=\"websiteUrl-error\"", "Give a web address that starts with https:// or http://", "value=\"Brno\"",
				"value=\"2025-06-14\"", "value=\"2025-06-12\"", "value=\"Mars/Olympus_Mons\"",
				"value=\"javascript:alert(1)\"", "aria-invalid=\"true\"", "id=\"edition-error\"",
				"Keep this to 100 characters or fewer.");
		verify(this.conferences, never()).create(any());
	}

	@Test
	void aDateThatCannotBeReadIsExplainedAndKeptAsTyped() throws Exception {
		String html = page(post("/conferences").param("name", "DevConf").param("startsOn", "12/06/2025").with(csrf()),
				200);

		assertThat(html).contains("id=\"startsOn-error\"", "Give a date as year-month-day, such as 2019-11-18.",
				"value=\"12/06/2025\"", "value=\"DevConf\"");
		verify(this.conferences, never()).create(any());
	}

	@Test
	void aDateThatCannotBeReadBesideOneThatCanIsExplained() throws Exception {
		String html = page(post("/conferences").param("name", "DevConf")
			.param("startsOn", "0001-01-01")
			.param("endsOn", "2025-02-29")
			.with(csrf()), 200);

		assertThat(html).contains("id=\"endsOn-error\"", "Give a date as year-month-day", "value=\"2025-02-29\"",
				"value=\"0001-01-01\"");
		verify(this.conferences, never()).create(any());
	}

	@Test
	void aYearFarFromOursIsTakenForATypo() throws Exception {
		String html = page(post("/conferences").param("name", "DevConf").param("startsOn", "0025-06-12").with(csrf()),
				200);

		assertThat(html).contains("id=\"startsOn-error\"", "Give a date between the years 1900 and 2200.",
				"value=\"0025-06-12\"");
		verify(this.conferences, never()).create(any());
	}

	@Test
	void aNameAnotherConferenceHasIsExplainedBesideTheName() throws Exception {
		given(this.conferences.create(any()))
			.willThrow(new NameTakenException(conference(KUBECON, "KubeCon + CloudNativeCon North America 2019")));

		String html = page(post("/conferences").param("name", "kubecon + cloudnativecon north america 2019")
			.param("city", "San Diego")
			.with(csrf()), 200);

		assertThat(html).contains("id=\"name-error\"",
				"There is already a conference called “KubeCon + CloudNativeCon North America 2019”.",
				"value=\"kubecon + cloudnativecon north america 2019\"", "value=\"San Diego\"");
	}

	@Test
	void theEditFormHoldsTheConferenceAsSaved() throws Exception {
		Conference kubecon = new Conference(KUBECON, "KubeCon NA 2019", "San Diego", LocalDate.of(2019, 11, 18),
				LocalDate.of(2019, 11, 21));
		kubecon.takesPlace("San Diego", LocalDate.of(2019, 11, 18), LocalDate.of(2019, 11, 21), "America/Los_Angeles");
		given(this.conferences.get(KUBECON)).willReturn(kubecon);

		String html = page(get("/conferences/{slug}/edit", KUBECON), 200);

		assertThat(html).contains("<h1>Edit conference</h1>", "action=\"/conferences/" + KUBECON + "\"",
				"value=\"KubeCon NA 2019\"", "value=\"2019-11-18\"", "value=\"2019-11-21\"",
				"value=\"America/Los_Angeles\"");
	}

	@Test
	void aRenamedConferenceIsShownUnderItsNewAddress() throws Exception {
		given(this.conferences.get(KUBECON)).willReturn(conference(KUBECON, "KubeCon NA 2019"));
		given(this.conferences.update(anyString(), any())).willReturn(conference("kubecon-na-2019", "KubeCon NA 2019"));

		this.mvc
			.perform(post("/conferences/{slug}", KUBECON).param("name", "KubeCon NA 2019").with(editor()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/conferences/kubecon-na-2019"))
			.andExpect(flash().attribute("message", "conference.saved"));
	}

	@Test
	void anUnknownConferenceHasNoFormsButTheNotFoundPage() throws Exception {
		given(this.conferences.get("nope")).willThrow(ConferenceNotFoundException.forSlug("nope"));
		given(this.conferences.deletion("nope")).willThrow(ConferenceNotFoundException.forSlug("nope"));

		assertThat(page(get("/conferences/nope/edit"), 404)).contains("No conference called “nope”.");
		assertThat(page(post("/conferences/nope").param("name", "Nope").with(csrf()), 404))
			.contains("No conference called “nope”.");
		assertThat(page(get("/conferences/nope/delete"), 404)).contains("No conference called “nope”.");
	}

	@Test
	void theDeletePageSaysThatTheTalksGoToo() throws Exception {
		given(this.conferences.deletion(KUBECON))
			.willReturn(new ConferenceDeletion(conference(KUBECON, "KubeCon NA 2019"), 14, 0, 0, 0));

		String html = page(get("/conferences/{slug}/delete", KUBECON), 200);

		assertThat(html).contains("Delete this conference?", "This deletes “KubeCon NA 2019” and its 14 talks.",
				"action=\"/conferences/" + KUBECON + "/delete\"", "Yes, delete it");
	}

	@Test
	void theDeletePageRefusesWhileTheTalksHaveNotesOrFigures() throws Exception {
		given(this.conferences.deletion(KUBECON))
			.willReturn(new ConferenceDeletion(conference(KUBECON, "KubeCon NA 2019"), 14, 9, 2, 30));

		String html = page(get("/conferences/{slug}/delete", KUBECON), 200);

		assertThat(html).contains(
				"“KubeCon NA 2019” has 9 notes and 30 figures on its talks; delete or move them first.",
				"The talks of “KubeCon NA 2019” have 2 notes in the trash");
		assertThat(html).doesNotContain("Yes, delete it", "/delete\"");
	}

	@Test
	void deletingGoesHomeWithAMessage() throws Exception {
		this.mvc.perform(post("/conferences/{slug}/delete", KUBECON).with(editor()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("message", "conference.deleted"));

		verify(this.conferences).delete(KUBECON);
	}

	@Test
	void aRefusedDeleteShowsWhy() throws Exception {
		willThrow(new DeletionRefusedException("KubeCon NA 2019")).given(this.conferences).delete(KUBECON);
		given(this.conferences.deletion(KUBECON))
			.willReturn(new ConferenceDeletion(conference(KUBECON, "KubeCon NA 2019"), 14, 1, 0, 0));

		String html = page(post("/conferences/{slug}/delete", KUBECON).with(csrf()), 409);

		assertThat(html).contains("“KubeCon NA 2019” has 1 note and no figures on its talks");
	}

	@Test
	void readersMayNotAddChangeOrDeleteConferences() throws Exception {
		this.mvc.perform(get("/conferences/new").with(reader())).andExpect(status().isForbidden());
		this.mvc.perform(post("/conferences").param("name", "X").with(reader()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/conferences/{slug}/delete", KUBECON).with(reader()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/conferences/{slug}/edit", KUBECON)).andExpect(redirectedUrl("/login"));
		verify(this.conferences, never()).delete(anyString());
	}

	private static Conference conference(String slug, String name) {
		return new Conference(slug, name, null, null, null);
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
