package io.talknotes.imports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.talknotes.imports.ImportPage.State;
import io.talknotes.imports.ImportPreview.ChangedTalk;
import io.talknotes.imports.ImportPreview.SessionLine;
import io.talknotes.system.NamedLink;
import io.talknotes.talk.TalkKind;
import io.talknotes.web.SecurityConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.talknotes.TestAccounts.editor;
import static io.talknotes.TestAccounts.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ImportController.class)
@Import(SecurityConfiguration.class)
class ImportControllerTests {

	private static final Instant UPLOADED = Instant.parse("2031-01-20T10:15:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ImportService imports;

	@BeforeEach
	void conferences() {
		given(this.imports.conferences())
			.willReturn(List.of(new NamedLink("kubecon-cloudnativecon-na-2019", "KubeCon + CloudNativeCon NA 2019")));
	}

	@Test
	void theFormTakesAFileOrPastedTextIntoAConferenceAndSaysTheLimit() throws Exception {
		Document form = html(this.mvc.perform(get("/import").with(editor())).andExpect(status().isOk()));

		assertThat(form.select("form[method=post][enctype=multipart/form-data] input[type=file][name=file]"))
			.hasSize(1);
		assertThat(form.select("textarea[name=text]")).hasSize(1);
		assertThat(form.select("select[name=conference] option")).extracting((option) -> option.text())
			.containsExactly("The conference the file names", "KubeCon + CloudNativeCon NA 2019");
		assertThat(form.select("#file-help").text()).contains("up to 5 MB");
		assertThat(form.select(".alert")).isEmpty();
	}

	@Test
	void aReaderMayNotImport() throws Exception {
		this.mvc.perform(get("/import").with(reader())).andExpect(status().isForbidden());
		this.mvc.perform(post("/import").param("text", "x").with(reader()).with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.imports, never()).upload(any(), anyString());
	}

	@Test
	void anUploadedFileIsKeptAndItsPreviewShown() throws Exception {
		byte[] file = "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8);
		given(this.imports.upload(any(), anyString())).willReturn(7L);

		this.mvc
			.perform(multipart("/import").file(new MockMultipartFile("file", "sched.ics", "text/calendar", file))
				.param("text", "")
				.param("conference", "kubecon-cloudnativecon-na-2019")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/import/7"));

		verify(this.imports).upload(new ScheduleUpload("sched.ics", file, "kubecon-cloudnativecon-na-2019", null),
				"ada");
	}

	@Test
	void aFileThatCannotBeReadComesBackWithWhereItBreaksAndWhatWasPasted() throws Exception {
		given(this.imports.upload(any(), anyString()))
			.willThrow(ScheduleProblems.notAnICalendarDate(3, "DTSTART", "soon"));

		Document form = html(
				this.mvc.perform(post("/import").param("text", "BEGIN:VCALENDAR\nsoon").with(editor()).with(csrf()))
					.andExpect(status().isUnprocessableContent()));

		assertThat(form.select("#text-error").text()).isEqualTo("Line 3: DTSTART \"soon\" cannot be read: "
				+ "it is not an iCalendar date like 20191119 or date-time like 20191119T090000Z.");
		assertThat(form.select("textarea#text").text()).isEqualTo("BEGIN:VCALENDAR\nsoon");
	}

	@Test
	void aFileThatNamesNoConferenceAsksForOne() throws Exception {
		given(this.imports.upload(any(), anyString()))
			.willThrow(new ImportTargetException("import.conference.required"));

		Document form = html(
				this.mvc.perform(post("/import").param("text", "BEGIN:VCALENDAR").with(editor()).with(csrf()))
					.andExpect(status().isOk()));

		assertThat(form.select("#conference-error").text()).startsWith("This file does not name its conference");
	}

	@Test
	void aFileOrPastedTextIsNeededButNotBoth() throws Exception {
		Document neither = html(this.mvc.perform(post("/import").param("text", " ").with(editor()).with(csrf())));
		assertThat(neither.select("#file-error").text()).isEqualTo("Choose a schedule file, or paste one.");

		Document both = html(this.mvc.perform(
				multipart("/import").file(new MockMultipartFile("file", "a.ics", "text/calendar", new byte[] { 1 }))
					.param("text", "pasted too")
					.with(editor())
					.with(csrf())));
		assertThat(both.select("#text-error").text()).isEqualTo("Choose a file or paste a schedule, not both.");
		assertThat(both.select("textarea#text").text()).isEqualTo("pasted too");
		verify(this.imports, never()).upload(any(), anyString());
	}

	@Test
	void anUploadRefusedForItsSizeComesBackToTheFormSayingTheLimit() throws Exception {
		Document form = html(this.mvc.perform(get("/import").param("tooLarge", "").with(editor())));

		assertThat(form.select(".alert").text()).startsWith("What you sent is larger than 5 MB");
	}

	@Test
	void thePreviewSaysWhatWouldBeAddedAndWhatWouldChangeInEachTalk() throws Exception {
		ImportPreview preview = new ImportPreview("DevOps Days", "devops-days", 3,
				List.of(new SessionLine("New talk", TalkKind.KEYNOTE, "Sat 1 Feb 2031, 09:00–09:30", "Hall",
						"Ada Lovelace")),
				List.of(new ChangedTalk("meshes", "Meshes",
						List.of(FieldChange.ofMessages("kind", "talk.kind.talk", "talk.kind.keynote"),
								new FieldChange("room", "Room 1", "Room 9"), new FieldChange("abstract", null, null)))),
				List.of(), List.of(new NamedLink("gitops", "GitOps")), List.of(), List.of());
		given(this.imports.page(7L)).willReturn(page(State.READY, 0, preview, null));

		Document page = html(this.mvc.perform(get("/import/7").with(editor())).andExpect(status().isOk()));

		assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
		assertThat(page.select(".lead a").attr("href")).isEqualTo("/conferences/devops-days");
		assertThat(page.select(".stats li").eachText()).containsExactly("1 added", "1 changed", "1 cancelled",
				"0 reinstated", "0 left alone");
		assertThat(page.select("#added").text()).contains("New talk", "Keynote", "Sat 1 Feb 2031, 09:00–09:30");
		assertThat(page.select("#changed dt").eachText()).containsExactly("Kind", "Room", "Abstract");
		assertThat(page.select("#changed dd").eachText()).containsExactly("Talk → becomes Keynote",
				"Room 1 → becomes Room 9", "changed");
		assertThat(page.select("#cancelled a").attr("href")).isEqualTo("/talks/gitops");
		assertThat(page.select("form[action=/import/7/apply] button").text()).isEqualTo("Apply");
	}

	@Test
	void whileItIsAppliedThePageShowsHowFarItGotAndReloadsItself() throws Exception {
		given(this.imports.page(7L)).willReturn(page(State.APPLYING, 420, null, null));

		Document page = html(this.mvc.perform(get("/import/7").with(editor())).andExpect(status().isOk()));

		assertThat(page.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("1");
		assertThat(page.select("main").text()).contains("Applying… 420 of 1,000 sessions");
		assertThat(page.select("progress").attr("value")).isEqualTo("420");
		assertThat(page.select("progress").attr("max")).isEqualTo("1000");
		assertThat(page.select("form[action=/import/7/apply]")).isEmpty();
		assertThat(page.select("script:not([src])")).isEmpty();
	}

	@Test
	void onceAppliedThePageLinksTheConferenceAndTheNewTalks() throws Exception {
		ImportResult result = new ImportResult(new NamedLink("devops-days", "DevOps Days"),
				List.of(new NamedLink("opening", "Opening")), List.of(), List.of(), List.of(), 999);
		given(this.imports.page(7L)).willReturn(page(State.APPLIED, 1000, null, result));

		Document page = html(this.mvc.perform(get("/import/7").with(editor())).andExpect(status().isOk()));

		assertThat(page.select("h1").text()).isEqualTo("Import applied");
		assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
		assertThat(page.select("#result-added a").attr("href")).isEqualTo("/talks/opening");
		assertThat(page.select(".stats").text()).contains("1 added", "999 left alone");
	}

	@Test
	void aFailedImportSaysNothingWasAppliedAndOffersToApplyAgain() throws Exception {
		ImportPreview preview = new ImportPreview("DevOps Days", null, 1,
				List.of(new SessionLine("Boom", TalkKind.TALK, null, null, null)), List.of(), List.of(), List.of(),
				List.of(), List.of());
		given(this.imports.page(7L)).willReturn(new ImportPage(7L, null, "Ada Lovelace", UPLOADED, State.FAILED, 599,
				1000, ImportMessage.verbatim("check constraint violated"), preview, null));

		Document page = html(this.mvc.perform(get("/import/7").with(editor())));

		assertThat(page.select(".alert").text()).isEqualTo("Applying stopped after 599 sessions and was undone: "
				+ "nothing of this import was applied. The reason: check constraint violated");
		assertThat(page.select(".lead").text()).contains("Creates the conference DevOps Days");
		assertThat(page.select("form[action=/import/7/apply]")).hasSize(1);
	}

	@Test
	void anImportWhoseFileNoLongerReadsSaysWhereAndWhyInsteadOfAPreview() throws Exception {
		MessageSourceResolvable problem = ScheduleProblems
			.noTitle(Places.element("schedule/day[1]/room[Saal 1]/event[2]/title", 31))
			.problem();
		given(this.imports.page(7L)).willReturn(
				new ImportPage(7L, "schedule.xml", "Ada Lovelace", UPLOADED, State.READY, 0, 0, problem, null, null));

		Document page = html(this.mvc.perform(get("/import/7").with(editor())));

		assertThat(page.select(".alert").text()).isEqualTo("This file cannot be read any more: "
				+ "schedule/day[1]/room[Saal 1]/event[2]/title, line 31: the event has no title.");
		assertThat(page.select("form[action=/import/7/apply]")).isEmpty();
	}

	@Test
	void anImportOfOneSessionCountsItInTheSingular() throws Exception {
		given(this.imports.page(7L)).willReturn(
				new ImportPage(7L, null, "Ada Lovelace", UPLOADED, State.APPLYING, 0, 1, null, null, null),
				new ImportPage(7L, null, "Ada Lovelace", UPLOADED, State.FAILED, 1, 1,
						ImportMessage.verbatim("disk full"), null, null));

		Document applying = html(this.mvc.perform(get("/import/7").with(editor())));
		Document failed = html(this.mvc.perform(get("/import/7").with(editor())));

		assertThat(applying.select("main").text()).contains("Applying… 0 of 1 session");
		assertThat(failed.select(".alert").text()).startsWith("Applying stopped after 1 session and was undone");
	}

	@Test
	void applyingStartsItAndShowsItsPage() throws Exception {
		this.mvc.perform(post("/import/7/apply").with(editor()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/import/7"));

		verify(this.imports).apply(7L, "ada");
	}

	@Test
	void anImportThatDoesNotExistIsNotFound() throws Exception {
		given(this.imports.page(99L)).willThrow(ImportNotFoundException.forId(99L));

		this.mvc.perform(get("/import/99").with(editor())).andExpect(status().isNotFound());
	}

	private static ImportPage page(State state, int done, ImportPreview preview, ImportResult result) {
		return new ImportPage(7L, "schedule.json", "Ada Lovelace", UPLOADED, state, done, 1000, null, preview, result);
	}

	private static Document html(ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
