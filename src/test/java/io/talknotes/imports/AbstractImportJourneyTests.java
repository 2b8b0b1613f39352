package io.talknotes.imports;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

import static io.talknotes.imports.Sessions.session;
import static io.talknotes.imports.Sessions.speaker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing over real HTTP, as a browser does: the form, uploads and pasted text at and
 * over the size limit, a broken file, the preview, applying with its progress page, and
 * the result, then the imported talks in search. Subclasses say which database the
 * application runs on.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class AbstractImportJourneyTests {

	private static final int MB = 1024 * 1024;

	private RunningApplication app;

	private WebSession editor;

	protected abstract void startDatabase() throws Exception;

	protected abstract void stopDatabase() throws Exception;

	protected abstract List<String> applicationArguments(Path dataDir);

	@BeforeAll
	void start(@TempDir Path dataDir) throws Exception {
		startDatabase();
		this.app = RunningApplication.start(applicationArguments(dataDir));
		TestAccounts.create(this.app);
		this.editor = WebSession.loggedIn(this.app, TestAccounts.EDITOR, TestAccounts.PASSWORD);
	}

	@AfterAll
	void stop() throws Exception {
		if (this.app != null) {
			this.app.close();
		}
		stopDatabase();
	}

	@Test
	void aScheduleIsUploadedPreviewedAndAppliedThenItsTalksAreFoundBySearch() {
		Document form = page(this.editor.get("/import"));
		assertThat(form.select("form[enctype=multipart/form-data] input[type=file][name=file]")).hasSize(1);
		assertThat(form.text()).contains("up to 5 MB");

		HttpResponse<String> uploaded = this.editor.postFile("/import", "file", "sched-all.ics",
				ScheduleFilesForTests.bytes("sched-all.ics"), "text", "", "conference", "", "conferenceName", "");
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String importPage = WebSession.location(uploaded);
		assertThat(importPage).matches("/import/\\d+");

		Document preview = page(this.editor.get(importPage));
		assertThat(preview.select("h1").text()).isEqualTo("Preview of an import");
		assertThat(preview.select(".lead").text()).contains("Creates the conference");
		assertThat(preview.select("#added summary").text()).matches("\\d+ new talks");
		assertThat(preview.select("#added").text()).contains("etcd Snapshots, Explained", "Ravi Patel");

		HttpResponse<String> applied = this.editor.post(importPage + "/apply");
		assertThat(applied.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(applied)).isEqualTo(importPage);
		Document result = untilApplied(importPage);
		assertThat(result.select("h1").text()).isEqualTo("Import applied");
		String conference = result.select(".lead a").attr("href");
		assertThat(conference).startsWith("/conferences/");
		assertThat(result.select("#result-added a")).isNotEmpty();

		Document search = page(this.editor.get("/search?q=%22Ravi+Patel%22"));
		assertThat(search.select(".hit-title").text()).contains("etcd Snapshots, Explained");
		assertThat(this.editor.get(conference).statusCode()).isEqualTo(200);
	}

	@Test
	void theSamePreviewShowsNothingToChangeOnceApplied() {
		byte[] file = ScheduleFileWriter
			.frabJson(Sessions.schedule("Again Conf", session("a-1", "Once", "Room", 9, speaker("Ada Lovelace", null))))
			.getBytes(StandardCharsets.UTF_8);
		String first = WebSession.location(this.editor.postFile("/import", "file", "schedule.json", file));
		this.editor.post(first + "/apply");
		untilApplied(first);

		String second = WebSession.location(this.editor.postFile("/import", "file", "schedule.json", file));

		assertThat(page(this.editor.get(second)).select(".notice").text()).startsWith("Nothing to change");
	}

	@Test
	void aFileJustUnderTheLimitIsStoredWholeAndPreviewed() {
		byte[] file = largeSchedule(5 * MB - 64 * 1024);
		assertThat(file.length).isBetween(4 * MB, 5 * MB);

		HttpResponse<String> uploaded = this.editor.postFile("/import", "file", "big.json", file);

		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		Document preview = page(this.editor.get(WebSession.location(uploaded)));
		assertThat(preview.select("#added summary").text()).isEqualTo("1,000 new talks");
	}

	@Test
	void aFileOverTheLimitIsRefusedOnTheFormSayingTheLimit() {
		HttpResponse<String> refused = this.editor.postFile("/import", "file", "huge.json", new byte[5 * MB + 1]);

		Document form = formAfter(refused);
		assertThat(form.select("input[type=file][name=file]")).hasSize(1);
		assertThat(form.select(".alert").text()).contains("larger than 5 MB");
	}

	@Test
	void aFileFarOverTheLimitIsRefusedTheSameWay() {
		HttpResponse<String> refused = this.editor.postFile("/import", "file", "huge.json", new byte[20 * MB]);

		assertThat(formAfter(refused).select(".alert").text()).contains("larger than 5 MB");
	}

	@Test
	void pastedTextUpToTheLimitIsReadAndOverItIsRefused() {
		String pasted = "{" + " ".repeat(3 * MB) + "}";
		HttpResponse<String> read = this.editor.postFile("/import", "file", null, null, "text", pasted);
		assertThat(read.statusCode()).as("a broken schedule, read").isEqualTo(422);

		String tooMuch = "x".repeat(5 * MB + 1);
		HttpResponse<String> refused = this.editor.postFile("/import", "file", null, null, "text", tooMuch);
		assertThat(formAfter(refused).select(".alert").text()).contains("larger than 5 MB");
	}

	@Test
	void aBrokenFileComesBackToTheFormWithWhereItBreaksAndThePastedText() {
		String broken = new String(ScheduleFilesForTests.bytes("broken/bad-start.xml"), StandardCharsets.UTF_8);

		HttpResponse<String> answer = this.editor.post("/import", "text", broken, "conference", "");

		assertThat(answer.statusCode()).isEqualTo(422);
		Document form = page(answer);
		assertThat(form.select("#text-error").text()).isEqualTo(
				"schedule/day[2]/room[Room A]/event[2]/start, line 27: \"half past ten\" is not a time like 09:30.");
		assertThat(form.select("textarea#text").text()).contains("half past ten");
	}

	/** The form a refused upload is sent back to, with why it was refused. */
	private Document formAfter(HttpResponse<String> refused) {
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(refused)).isEqualTo("/import?tooLarge");
		return page(this.editor.get("/import?tooLarge"));
	}

	/** A schedule of 1,000 sessions padded with long descriptions to about that size. */
	private static byte[] largeSchedule(int size) {
		List<ScheduledSession> sessions = new ArrayList<>();
		String padding = "Lorem ipsum dolor sit amet. ".repeat(Math.max(1, (size / 1000 - 600) / 28));
		for (int i = 1; i <= 1000; i++) {
			sessions.add(new ScheduledSession("big-" + i, "Big session " + i, null, "Talk", null, "Room " + (i % 20),
					Sessions.at(9 + i % 9), null, null, padding, List.of(), null, null, null));
		}
		return ScheduleFileWriter.frabJson(Sessions.schedule("Big Conf", sessions.toArray(ScheduledSession[]::new)))
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aTalkRenamedByAReimportKeepsItsNoteWhichSearchShowsUnderTheNewAddress() {
		String first = WebSession.location(this.editor.postFile("/import", "file", "schedule.json",
				frab(session("r-1", "Quokka Operators Once", "Room", 9, speaker("Ada Lovelace", null)))));
		this.editor.post(first + "/apply");
		String talk = untilApplied(first).select("#result-added a").attr("href");
		this.editor.post(talk + "/notes", "body", "The wombatrename scheduler");

		String second = WebSession.location(this.editor.postFile("/import", "file", "schedule.json",
				frab(session("r-1", "Quokka Operators Renamed", "Room", 9, speaker("Ada Lovelace", null)))));
		this.editor.post(second + "/apply");
		untilApplied(second);

		Document found = page(this.editor.get("/search?q=wombatrename"));
		assertThat(found.select(".hit-title").eachAttr("href")).containsExactly("/talks/quokka-operators-renamed");
		assertThat(found.select(".hit .passage mark").eachText()).containsExactly("wombatrename");
		assertThat(page(this.editor.get("/talks/quokka-operators-renamed")).text())
			.contains("The wombatrename scheduler");
	}

	private static byte[] frab(ScheduledSession session) {
		return ScheduleFileWriter.frabJson(Sessions.schedule("Rename Conf", session)).getBytes(StandardCharsets.UTF_8);
	}

	/** Reloads the import's page as the browser would until it stops reloading itself. */
	private Document untilApplied(String importPage) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			Document page = page(this.editor.get(importPage));
			if (page.select("meta[http-equiv=refresh]").isEmpty()) {
				return page;
			}
			assertThat(page.select("progress")).hasSize(1);
			assertThat(System.nanoTime()).as("applied within 60 s").isLessThan(deadline);
			sleep();
		}
	}

	private static Document page(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static int number(String text) {
		Matcher matcher = Pattern.compile("\\d[\\d,]*").matcher(text);
		return matcher.find() ? Integer.parseInt(matcher.group().replace(",", "")) : -1;
	}

}
