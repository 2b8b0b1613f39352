package io.talknotes.talk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.talknotes.company.Company;
import io.talknotes.company.CompanyService;
import io.talknotes.conference.Conference;
import io.talknotes.conference.ConferenceService;
import io.talknotes.project.Project;
import io.talknotes.project.ProjectService;
import io.talknotes.system.NamedLink;
import io.talknotes.web.SecurityConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.talknotes.TestAccounts.editor;
import static io.talknotes.TestAccounts.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TalkFormController.class)
@Import(SecurityConfiguration.class)
class TalkFormControllerTests {

	private static final NamedLink KUBECON = new NamedLink("kubecon", "KubeCon NA 2019");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private TalkService talks;

	@MockitoBean
	private TalkEditing editing;

	@MockitoBean
	private ConferenceService conferences;

	@MockitoBean
	private CompanyService companies;

	@MockitoBean
	private ProjectService projects;

	@BeforeEach
	void choices() {
		Conference kubecon = new Conference("kubecon", "KubeCon NA 2019", "San Diego", LocalDate.of(2019, 11, 18),
				LocalDate.of(2019, 11, 21));
		ReflectionTestUtils.setField(kubecon, "timeZone", "America/Los_Angeles");
		Conference undated = new Conference("meetup", "A meetup", "Online", null, null);
		given(this.conferences.all()).willReturn(List.of(kubecon, undated));
		given(this.talks.speakerChoices(eq("kubecon"), anyCollection()))
			.willReturn(List.of(new NamedLink("jane-doe", "Jane Doe")));
		given(this.companies.all()).willReturn(List.of(new Company("lyft", "Lyft"), new Company("reddit", "Reddit")));
		given(this.projects.all()).willReturn(List.of(new Project("helm", "Helm", "graduated")));
	}

	@Test
	void theNewTalkFormPreselectsTheConferenceAndOffersItsSpeakersCompaniesAndProjects() throws Exception {
		Document form = Jsoup.parse(html(get("/talks/new").param("conference", "kubecon")));

		assertThat(form.select("select#conference option[selected]").attr("value")).isEqualTo("kubecon");
		assertThat(form.select("form.talk-form").attr("action")).isEqualTo("/talks");
		assertThat(form.select("input[name=_csrf]")).isNotEmpty();
		assertThat(form.select("input[name=speakerSlugs]").eachAttr("value")).containsExactly("jane-doe");
		assertThat(form.select("input[name=companySlugs]").eachAttr("value")).containsExactly("lyft", "reddit");
		assertThat(form.select("input[name=projectSlugs]").eachAttr("value")).containsExactly("helm");
		assertThat(form.select("input#day").attr("min")).isEqualTo("2019-11-18");
		assertThat(form.select("input#day").attr("max")).isEqualTo("2019-11-21");
		assertThat(form.select("input[name=attended]").hasAttr("checked")).isTrue();
		assertThat(form.text()).contains("New speakers, one per line: Name, Company",
				"Times are in the conference's time zone, America/Los_Angeles.");
	}

	@Test
	void visitorsAreSentToLogInAndReadersMayNotAddTalks() throws Exception {
		this.mvc.perform(get("/talks/new")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/talks/new").with(reader())).andExpect(status().isForbidden());
		this.mvc.perform(post("/talks").with(reader()).with(csrf()).param("title", "x"))
			.andExpect(status().isForbidden());
		verify(this.editing, never()).create(any());
	}

	@Test
	void aValidTalkIsAddedAndItsPageOpensWithAMessage() throws Exception {
		given(this.editing.create(any())).willReturn("mesh-at-scale");

		this.mvc
			.perform(valid(post("/talks"), "newSpeakers", "John Roe, Acme, Inc.").param("speakerSlugs", "jane-doe")
				.param("companySlugs", "lyft"))
			.andExpect(redirectedUrl("/talks/mesh-at-scale"))
			.andExpect(flash().attribute("message", "talk.added"));

		ArgumentCaptor<TalkForm> sent = ArgumentCaptor.forClass(TalkForm.class);
		verify(this.editing).create(sent.capture());
		assertThat(sent.getValue().title()).isEqualTo("Mesh at Scale");
		assertThat(sent.getValue().speakerSlugs()).containsExactly("jane-doe");
		assertThat(sent.getValue().newSpeakerLines())
			.containsExactly(new TalkForm.NewSpeaker("John Roe", "Acme, Inc."));
		assertThat(sent.getValue().isAttended()).isFalse();
	}

	@Test
	void aTalkWithoutATitleComesBackWithTheMessageAndWhatWasTyped() throws Exception {
		Document form = Jsoup.parse(html(valid(post("/talks"), "title", " ", "subtitle", "Kept as typed", "room",
				"Room 6C", "newSpeakers", "Jane Roe, Lyft", "attended", "true")
			.param("companySlugs", "reddit")));

		assertThat(form.select("#title-error").text()).isEqualTo("Give the talk its title.");
		assertThat(form.select(".field.invalid input").eachAttr("id")).containsExactly("title");
		assertThat(form.select("#subtitle").val()).isEqualTo("Kept as typed");
		assertThat(form.select("#room").val()).isEqualTo("Room 6C");
		assertThat(form.select("#newSpeakers").text()).isEqualTo("Jane Roe, Lyft");
		assertThat(form.select("input[name=companySlugs][checked]").eachAttr("value")).containsExactly("reddit");
		assertThat(form.select("input[name=attended]").hasAttr("checked")).isTrue();
		assertThat(form.select("#day").val()).isEqualTo("2019-11-19");
		assertThat(form.text()).contains("Some fields need a change");
		verify(this.editing, never()).create(any());
	}

	@Test
	void theDayMustBeOneOfTheConferencesDaysWhenTheyAreKnown() throws Exception {
		assertThat(errors(valid(post("/talks"), "day", "2019-11-25")))
			.containsExactly("day: Pick one of the conference's days, from Mon 18 Nov 2019 to Thu 21 Nov 2019.");
		// The days are written in the reader's language.
		assertThat(errors(valid(post("/talks").locale(Locale.GERMAN), "day", "2019-11-25")).get(0))
			.contains("from Mo. 18 Nov. 2019 to Do. 21 Nov. 2019.");
		assertThat(errors(valid(post("/talks"), "day", "19/11/2019")))
			.containsExactly("day: Give the day as a date, for example 2019-11-19.");

		given(this.editing.create(any())).willReturn("mesh-at-scale");
		this.mvc.perform(valid(post("/talks"), "conference", "meetup", "day", "2031-01-02"))
			.andExpect(redirectedUrl("/talks/mesh-at-scale"));
	}

	@Test
	void timesNeedADayAStartAndAnEndAfterTheStart() throws Exception {
		assertThat(errors(valid(post("/talks"), "day", "", "endTime", "")))
			.containsExactly("day: Pick the day these times are on, or leave the times empty.");
		assertThat(errors(valid(post("/talks"), "startTime", "")))
			.containsExactly("startTime: Give the start time too: the schedule places talks by when they start.");
		assertThat(errors(valid(post("/talks"), "endTime", "14:25")))
			.containsExactly("endTime: The end must be after the start.");
		assertThat(errors(valid(post("/talks"), "startTime", "25:99")))
			.containsExactly("startTime: Give the time as hours and minutes, for example 14:25.");
	}

	@Test
	void linksMustBeWebAddressesAndPicksMustComeFromTheLists() throws Exception {
		assertThat(errors(valid(post("/talks"), "slidesUrl", "javascript:alert(1)", "videoUrl",
				"https://example.com/a b", "scheduleUrl", "https://events.example.com/kubecon/mesh", "kind", "dance",
				"conference", "nope", "newSpeakers", ", Lyft")
			.param("speakerSlugs", "nobody"))).containsExactlyInAnyOrder(
					"slidesUrl: Give a web address starting with https:// or http://, without spaces.",
					"videoUrl: Give a web address starting with https:// or http://, without spaces.",
					"speakerSlugs: One of the choices is no longer in the list: pick again.",
					"kind: Choose the kind of session from the list.",
					"conference: Choose the conference the talk belongs to.",
					"newSpeakers: Each line needs a name before the comma: Name, Company.");
	}

	@Test
	void theEditFormHoldsTheTalkAndStaysInItsConference() throws Exception {
		given(this.talks.details("mesh")).willReturn(details("mesh", false));
		given(this.editing.formFor("mesh")).willReturn(new TalkForm("kubecon", "Mesh at Scale", "A subtitle", "panel",
				"Networking", "2019-11-19", "14:25", "15:00", "Room 6C", "Abstract", "Description", List.of("jane-doe"),
				"", List.of("lyft"), "", List.of(), "", "https://events.example.com/mesh", "", "", ""));

		Document form = Jsoup.parse(html(get("/talks/mesh/edit")));

		assertThat(form.select("form.talk-form").attr("action")).isEqualTo("/talks/mesh");
		assertThat(form.select("select#conference")).isEmpty();
		assertThat(form.select("#title").val()).isEqualTo("Mesh at Scale");
		assertThat(form.select("#kind option[selected]").val()).isEqualTo("panel");
		assertThat(form.select("#startTime").val()).isEqualTo("14:25");
		assertThat(form.select("input[name=speakerSlugs][checked]").eachAttr("value")).containsExactly("jane-doe");
		assertThat(form.select("input[name=attended]").hasAttr("checked")).isFalse();
	}

	@Test
	void aRenamedTalkOpensAtItsNewAddressWithAMessageSayingSo() throws Exception {
		given(this.talks.details("mesh")).willReturn(details("mesh", false));
		given(this.editing.update(eq("mesh"), any())).willReturn("mesh-at-planet-scale");

		this.mvc.perform(valid(post("/talks/mesh"), "title", "Mesh at Planet Scale"))
			.andExpect(redirectedUrl("/talks/mesh-at-planet-scale"))
			.andExpect(flash().attribute("message", "talk.renamed"));
	}

	@Test
	void anEditThatDoesNotPassComesBackOnTheTalksForm() throws Exception {
		given(this.talks.details("mesh")).willReturn(details("mesh", false));

		Document form = Jsoup.parse(html(valid(post("/talks/mesh"), "endTime", "09:00")));

		assertThat(form.select("form.talk-form").attr("action")).isEqualTo("/talks/mesh");
		assertThat(form.select("#endTime-error").text()).isEqualTo("The end must be after the start.");
		verify(this.editing, never()).update(anyString(), any());
	}

	@Test
	void anUnknownTalkIsNotFound() throws Exception {
		given(this.talks.details("nope")).willThrow(TalkNotFoundException.forSlug("nope"));

		this.mvc.perform(get("/talks/nope/edit").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(valid(post("/talks/nope"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/talks/nope/delete").with(editor())).andExpect(status().isNotFound());
	}

	@Test
	void aTalkThatNotesAndFiguresAreAboutIsNotDeletedButMayBeMarkedCancelled() throws Exception {
		given(this.talks.details("mesh")).willReturn(details("mesh", false));
		given(this.editing.usage("mesh")).willReturn(new TalkUsage(3, 2));
		given(this.editing.delete("mesh")).willThrow(new TalkInUseException("mesh", new TalkUsage(3, 2)));

		Document page = Jsoup.parse(html(get("/talks/mesh/delete")));
		Document refused = Jsoup.parse(html(post("/talks/mesh/delete").with(csrf())));

		for (Document shown : List.of(page, refused)) {
			assertThat(shown.select(".alert").text())
				.isEqualTo("3 notes and 2 figures are about this talk: mark it cancelled instead.");
			assertThat(shown.select("form[action=/talks/mesh/cancel] button").text()).isEqualTo("Mark cancelled");
			assertThat(shown.select("form[action=/talks/mesh/delete]")).isEmpty();
		}
	}

	@Test
	void aTalkNothingIsAboutIsDeletedAndItsConferenceOpens() throws Exception {
		given(this.talks.details("mesh")).willReturn(details("mesh", false));
		given(this.editing.usage("mesh")).willReturn(new TalkUsage(0, 0));
		given(this.editing.delete("mesh")).willReturn("kubecon");

		assertThat(Jsoup.parse(html(get("/talks/mesh/delete"))).select("form[action=/talks/mesh/delete] button").text())
			.isEqualTo("Yes, delete it");
		this.mvc.perform(post("/talks/mesh/delete").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/conferences/kubecon"))
			.andExpect(flash().attribute("message", "talk.deleted"));
	}

	@Test
	void aTalkIsMarkedCancelledAndReinstated() throws Exception {
		this.mvc.perform(post("/talks/mesh/cancel").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/talks/mesh"))
			.andExpect(flash().attribute("message", "talk.cancelled"));
		this.mvc.perform(post("/talks/mesh/reinstate").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/talks/mesh"))
			.andExpect(flash().attribute("message", "talk.reinstated"));

		verify(this.editing).cancel("mesh");
		verify(this.editing).reinstate("mesh");
	}

	/**
	 * A form that passes every check, as an editor sends it, but for the changes.
	 * @param changes field names and the values they have instead, in pairs
	 */
	private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("conference", "kubecon");
		fields.put("title", "Mesh at Scale");
		fields.put("kind", "talk");
		fields.put("day", "2019-11-19");
		fields.put("startTime", "14:25");
		fields.put("endTime", "15:00");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(editor()).with(csrf());
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Each message shown, prefixed with the field it is next to. */
	private List<String> errors(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(html(request))
			.select("p.error")
			.stream()
			.map((error) -> error.id().replace("-error", "") + ": " + error.text())
			.toList();
	}

	private static TalkDetails details(String slug, boolean cancelled) {
		return new TalkDetails(7L, slug, "Mesh at Scale", null, TalkKind.TALK, null, null, null, null, null, null,
				KUBECON, List.of(), List.of(), List.of(), List.of(), true, cancelled);
	}

}
