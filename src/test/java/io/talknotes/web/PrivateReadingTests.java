package io.talknotes.web;

import java.util.List;

import io.talknotes.conference.ConferenceService;
import io.talknotes.note.NoteService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.talknotes.TestAccounts.reader;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code talknotes.public-read=false}, a visitor must log in before reading; the
 * login page and the styles it needs stay open.
 */
@WebMvcTest(controllers = HomeController.class, properties = "talknotes.public-read=false")
@Import(SecurityConfiguration.class)
class PrivateReadingTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ConferenceService conferences;

	@MockitoBean
	private NoteService notes;

	@Test
	void aVisitorIsAskedToLogInBeforeReading() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/talks")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/search").param("q", "helm")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theLoginPageAndItsStylesStayOpen() throws Exception {
		this.mvc.perform(get("/css/talknotes.css")).andExpect(status().isOk());
		this.mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
	}

	@Test
	void aReaderWhoLoggedInReads() throws Exception {
		given(this.conferences.overview()).willReturn(List.of());
		given(this.notes.recent(5)).willReturn(List.of());

		this.mvc.perform(get("/").with(reader())).andExpect(status().isOk());
	}

}
