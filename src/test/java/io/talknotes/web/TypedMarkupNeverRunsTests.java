package io.talknotes.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.talknotes.imports.Schedule;
import io.talknotes.imports.ScheduleFileWriter;
import io.talknotes.imports.ScheduledSession;
import io.talknotes.imports.ScheduledSpeaker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person can type, filled with each {@link XssVectors XSS vector}, saved and
 * then shown on every page that shows it: the note's body, the display name of an account
 * (which signs its notes and shows in the header), the figure's text, context and new
 * company and project names, the names, descriptions and other text fields of
 * conferences, companies, projects and speakers, every text of a talk and its new
 * speakers, companies and projects, a schedule imported with it in its conference,
 * titles, rooms, tracks and speakers, the search box and the filters. Each page is parsed
 * and must hold the typed text (so it was really shown) and nothing active from it.
 */
class TypedMarkupNeverRunsTests {

	private static final String TALK = "kubernetes-at-reddit-tales-from-production";

	private static final String CONFERENCE = "kubecon-cloudnativecon-na-2019";

	private final Map<String, List<String>> executed = new LinkedHashMap<>();

	private final List<String> markers = new ArrayList<>();

	@Test
	void noVectorRunsOnAnyPageThatShowsIt() {
		for (int i = 0; i < XssVectors.ALL.size(); i++) {
			String marker = "xq" + i + "z";
			this.markers.add(marker);
			tryVector(marker, XssVectors.ALL.get(i));
		}
		checkPage("everything", "/talks/" + TALK, this.markers);
		checkPage("everything", "/conferences/" + CONFERENCE, this.markers);
		checkPage("everything", "/talks?conference=" + CONFERENCE, this.markers);
		checkPage("everything", "/figures", this.markers);
		checkPage("everything", "/admin/accounts", this.markers);
		checkNamedPages("/companies");
		checkNamedPages("/projects");

		MvcResult csv = Forms.get("/figures.csv");
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).startsWith("attachment");

		System.out.printf("XSS vectors tried: %d, executed: %d%n", XssVectors.ALL.size(), this.executed.size());
		assertThat(this.executed).as("vectors that left something active, with what and where").isEmpty();
	}

	private void tryVector(String marker, String vector) {
		String typed = marker + " " + vector;
		MvcResult account = Forms.post("/admin/accounts", "username", marker, "displayName", limit(typed, 100), "role",
				"EDITOR", "password", "password-for-tests");
		assertThat(account.getResponse().getStatus()).as("account %s created", marker).isEqualTo(302);
		MvcResult note = Forms.postAs(marker, "/talks/" + TALK + "/notes", "body", typed);
		assertThat(note.getResponse().getStatus()).as("note %s saved", marker).isEqualTo(302);
		checkShown(vector, Forms.getAs(marker, "/"), List.of(marker));
		String noteId = note.getResponse().getRedirectedUrl().replaceAll(".*#note-", "");
		checkPage(vector, "/", List.of(marker));
		checkPage(vector, "/search?q=" + marker, List.of(marker));
		checkPage(vector, "/talks/" + TALK + "/notes/" + noteId + "/edit", List.of(marker));
		checkPage(vector, "/talks/" + TALK + "/notes/" + noteId + "/delete", List.of(marker));
		// The parts htmx puts in place on the talk page: the form, the note, the preview
		checkShown(vector, Forms.getPart("/talks/" + TALK + "/notes/" + noteId + "/edit"), List.of(marker));
		checkShown(vector, Forms.getPart("/talks/" + TALK + "/notes/" + noteId), List.of(marker));
		checkShown(vector, Forms.postPart("/talks/" + TALK + "/notes/preview", "body", typed), List.of(marker));
		checkShown(vector, Forms.postPart("/talks/" + TALK + "/notes", "body", typed), List.of(marker));

		MvcResult figure = Forms.post("/talks/" + TALK + "/figures", "text", "7 pods", "subject", limit(typed, 200),
				"newCompanyName", limit(typed, 200), "newProjectName", limit(typed, 200));
		assertThat(figure.getResponse().getStatus()).as("figure %s saved", marker).isEqualTo(302);
		String figureId = figure.getResponse().getRedirectedUrl().replaceAll(".*#figure-", "");
		checkPage(vector, "/talks/" + TALK + "/figures/" + figureId + "/edit", List.of(marker));
		checkPage(vector, "/talks/" + TALK + "/figures/" + figureId + "/delete", List.of(marker));
		checkShown(vector, Forms.post("/talks/" + TALK + "/figures", "text", typed, "preview", ""), List.of(marker));
		tryUndo(marker, vector, typed, figureId);

		tryCatalogue(marker, vector, typed);
		tryTalk(marker, vector, typed);
		tryImport(marker, vector);

		checkShown(vector, Forms.get("/search", "q", typed), List.of(marker));
		checkShown(vector, Forms.get("/search", "q", "kubernetes", "company", typed, "author", typed), List.of());
		checkShown(vector, Forms.get("/talks", "company", typed, "project", typed, "kind", typed, "q", typed, "sort",
				typed, "page", typed), List.of());
		checkShown(vector, Forms.get("/companies", "q", typed, "sort", typed), List.of());
		checkShown(vector, Forms.get("/projects", "q", typed, "sort", typed), List.of());
		checkShown(vector, Forms.get("/figures", "unit", typed, "company", typed, "sort", typed), List.of());
	}

	/**
	 * The figure deleted: the talk's page offers Undo with what it said in the form's
	 * fields, and Undo adds it back with its typed context.
	 */
	private void tryUndo(String marker, String vector, String typed, String figureId) {
		MvcResult deleted = Forms.post("/talks/" + TALK + "/figures/" + figureId + "/delete", "version", "0");
		assertThat(deleted.getResponse().getStatus()).as("figure %s deleted", marker).isEqualTo(302);
		String page = checkShown(vector, Forms.followRedirect(deleted), List.of(marker));
		assertThat(page).as("the talk page offers Undo").contains("/figures/restore");
		MvcResult restored = Forms.post("/talks/" + TALK + "/figures/restore", "text", "7 pods", "subject",
				limit(typed, 200), "position", "0");
		assertThat(restored.getResponse().getStatus()).as("figure %s back", marker).isEqualTo(302);
		checkShown(vector, Forms.followRedirect(restored), List.of(marker));
	}

	/**
	 * A conference, a company, a project and a speaker (and the company typed for the
	 * speaker) named and described with the vector, on their pages, forms and delete
	 * pages; and forms sent back with their mistakes, which show what was typed.
	 */
	private void tryCatalogue(String marker, String vector, String typed) {
		String site = "https://example.com/" + marker;
		List<String> pages = List.of(
				made(Forms.post("/conferences", "name", limit(typed, 200), "acronym", limit(typed, 40), "edition",
						limit(typed, 100), "city", limit(typed, 120), "websiteUrl", site, "description", typed)),
				made(Forms.post("/companies", "name", limit(marker + " company " + vector, 200), "websiteUrl", site)),
				made(Forms.post("/projects", "name", limit(marker + " project " + vector, 200), "description",
						limit(typed, 1000), "websiteUrl", site)),
				made(Forms.post("/speakers", "name", limit(typed, 200), "company",
						limit(marker + " speaks for " + vector, 200), "websiteUrl", site)));
		for (String page : pages) {
			checkPage(vector, page, List.of(marker));
			checkPage(vector, page + "/edit", List.of(marker));
			checkPage(vector, page + "/delete", List.of(marker));
		}
		checkPage(vector, "/", List.of(marker));
		checkShown(vector, Forms.post("/conferences", "name", limit(typed, 200), "timeZone", typed, "websiteUrl", typed,
				"startsOn", typed), List.of(marker));
		checkShown(vector, Forms.post("/projects", "name", limit(typed, 200), "maturity", typed, "websiteUrl", typed),
				List.of(marker));
		checkShown(vector, Forms.post(pages.get(3), "name", limit(typed, 200), "websiteUrl", typed), List.of(marker));
	}

	private static String made(MvcResult result) {
		assertThat(result.getResponse().getStatus()).as("%s made", result.getRequest().getRequestURI()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	/**
	 * A talk whose every text is the vector, on a day of the conference so that it shows
	 * on the schedule; its page, its speakers' pages, its edit and delete pages, and the
	 * form sent back for a day and a link that are not valid.
	 */
	private void tryTalk(String marker, String vector, String typed) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("conference", CONFERENCE);
		fields.put("kind", "talk");
		fields.put("day", "2019-11-19");
		fields.put("startTime", "10:00");
		fields.put("endTime", "10:30");
		fields.put("scheduleUrl", "https://example.com/" + marker);
		fields.put("attended", "true");
		for (String name : List.of("title", "subtitle")) {
			fields.put(name, limit(typed, 300));
		}
		for (String name : List.of("room", "track")) {
			fields.put(name, limit(typed, 120));
		}
		for (String name : List.of("newSpeakers", "otherCompanies", "otherProjects")) {
			fields.put(name, limit(typed, 200));
		}
		fields.put("abstractText", typed);
		fields.put("description", typed);
		MvcResult talk = Forms.post("/talks", pairs(fields));
		assertThat(talk.getResponse().getStatus()).as("talk %s saved", marker).isEqualTo(302);
		String page = talk.getResponse().getRedirectedUrl();
		Document shown = Jsoup.parse(checkPage(vector, page, List.of(marker)));
		for (Element speaker : shown.select("a[href^=/speakers/]")) {
			checkPage(vector, speaker.attr("href"), List.of(marker));
		}
		checkPage(vector, page + "/edit", List.of(marker));
		checkPage(vector, page + "/delete", List.of(marker));
		fields.put("day", typed);
		fields.put("slidesUrl", typed);
		checkShown(vector, Forms.post("/talks", pairs(fields)), List.of(marker));
	}

	/**
	 * Imports a schedule whose conference, session title, room, track and speaker are the
	 * typed text, then a new version of it with another title and room: the previews, the
	 * progress or result page, the conference and the talk show them as text.
	 */
	private void tryImport(String marker, String vector) {
		String typed = marker + " " + vector;
		ScheduledSession session = new ScheduledSession("xss-" + marker, limit(typed, 300), null, "Talk",
				limit(typed, 120), limit(typed, 120), Instant.parse("2031-02-01T09:00:00Z"), null, typed, null,
				List.of(new ScheduledSpeaker(limit(typed, 200), limit(typed, 200))), null, null, null);
		String conference = limit("Conference " + typed, 200);
		String importPage = upload(conference, session);
		checkPage(vector, importPage, List.of(marker));
		Forms.post(importPage + "/apply");
		Document result = Jsoup.parse(untilApplied(vector, importPage, marker));
		checkPage(vector, result.select(".lead a").attr("href"), List.of(marker));
		checkPage(vector, result.select("#result-added a").attr("href"), List.of(marker));

		ScheduledSession changed = new ScheduledSession(session.uid(), limit("v2 " + typed, 300), null, "Keynote",
				session.track(), limit("v2 " + typed, 120), session.startsAt(), null, typed, null, session.speakers(),
				null, null, null);
		checkPage(vector, upload(conference, changed), List.of(marker, "v2 " + marker));
	}

	private static String upload(String conference, ScheduledSession session) {
		Schedule schedule = new Schedule(conference, null, null, null, null, null, List.of(session));
		MvcResult uploaded = Forms.post("/import", "text", ScheduleFileWriter.frabJson(schedule));
		assertThat(uploaded.getResponse().getStatus()).as("import uploaded").isEqualTo(302);
		return uploaded.getResponse().getRedirectedUrl();
	}

	/**
	 * The import's page once applied. While it is applied the page shows no typed text,
	 * and reloads itself with the one refresh element the application writes.
	 */
	private String untilApplied(String vector, String importPage, String marker) {
		for (int i = 0; i < 1500; i++) {
			MvcResult page = Forms.get(importPage);
			String html = contentOf(page);
			if (!html.contains("http-equiv=\"refresh\"")) {
				assertThat(page.getResponse().getStatus()).as(importPage).isEqualTo(200);
				return checkShown(vector, page, List.of(marker));
			}
			assertThat(html).doesNotContain(marker);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError(importPage + " was not applied within 30 s");
	}

	/**
	 * Checks a list page and the page of each of its entries that was named by a vector.
	 */
	private void checkNamedPages(String listPath) {
		Document list = Jsoup.parse(checkPage("everything", listPath, this.markers));
		for (int i = 0; i < this.markers.size(); i++) {
			Element link = list.selectFirst("a[href^=" + listPath + "/]:containsOwn(" + this.markers.get(i) + ")");
			assertThat(link).as("%s lists %s", listPath, this.markers.get(i)).isNotNull();
			checkPage(XssVectors.ALL.get(i), link.attr("href"), List.of(this.markers.get(i)));
		}
	}

	private String checkPage(String vector, String path, List<String> expected) {
		MvcResult page = Forms.get(path);
		assertThat(page.getResponse().getStatus()).as(path).isEqualTo(200);
		return checkShown(vector, page, expected);
	}

	private String checkShown(String vector, MvcResult result, List<String> expected) {
		String html = contentOf(result);
		for (String marker : expected) {
			assertThat(html).as("%s shows the typed text", result.getRequest().getRequestURI()).contains(marker);
		}
		List<String> active = ActiveMarkup.in(html);
		if (!active.isEmpty()) {
			this.executed.computeIfAbsent(vector, (key) -> new ArrayList<>())
				.add(result.getRequest().getRequestURI() + ": " + active);
		}
		return html;
	}

	private static String contentOf(MvcResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String[] pairs(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.flatMap((field) -> Stream.of(field.getKey(), field.getValue()))
			.toArray(String[]::new);
	}

	private static String limit(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
