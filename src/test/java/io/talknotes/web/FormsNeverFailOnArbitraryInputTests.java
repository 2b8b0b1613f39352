package io.talknotes.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.talknotes.talk.TalkEditing;
import io.talknotes.talk.TalkForm;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form and filter, sent {@value #TRIES} times each (the forms that make and delete
 * a conference, company, project, speaker, talk or import on every try
 * {@value #MAKING_TRIES} times) with what people and robots really send: any Unicode,
 * control characters, very long text, SQL and HTML fragments, numbers where words belong
 * and words where numbers belong, fields left out. Every answer is a page, a redirect or
 * a 4xx, never a server error. The forms that change conferences, companies, projects and
 * speakers change items made for the purpose, never the seed.
 */
class FormsNeverFailOnArbitraryInputTests {

	/**
	 * Tries per form: with the edge cases jqwik tries first, enough to meet every kind of
	 * input each generator makes several times over, and few enough to keep the build
	 * within its time. A failing sample is tried first again by the next run in the same
	 * build folder (jqwik's database of failed samples, under {@code target/}).
	 */
	static final int TRIES = 150;

	/** Tries of the forms that make and delete an item on every try. */
	static final int MAKING_TRIES = 50;

	private static final String TALK = "gitops-user-stories";

	private static final String CONFERENCE = "kubecon-cloudnativecon-na-2019";

	/** The talk the edit tries change, created on first use; its slug changes with it. */
	private static volatile String editedTalk;

	private static final AtomicInteger tried = new AtomicInteger();

	private static final List<String> SCHEDULE_FILES = List.of(resource("sched-all.ics"), resource("schedule.json"),
			resource("schedule.xml"));

	private static final AtomicInteger serverErrors = new AtomicInteger();

	private static final AtomicInteger fuzzed = new AtomicInteger();

	@BeforeContainer
	static void talkToEdit() {
		editedTalk = freshTalk();
	}

	@AfterContainer
	static void report() {
		System.out.printf("Fuzzed inputs: %d, 5xx answers: %d%n", tried.get(), serverErrors.get());
	}

	@Property(tries = TRIES)
	void addingANote(@ForAll("slugs") String talk, @ForAll("text") String body, @ForAll("text") String author) {
		assertNoServerError(Forms.post(path("/talks/%s/notes", talk), "body", body, "author", author));
	}

	@Property(tries = TRIES)
	void editingANote(@ForAll("slugs") String talk, @ForAll("ids") String id, @ForAll("numbers") String version,
			@ForAll("text") String body, @ForAll("text") String author) {
		assertNoServerError(
				Forms.post(path("/talks/%s/notes/%s", talk, id), "version", version, "body", body, "author", author));
		assertNoServerError(Forms.get(path("/talks/%s/notes/%s/edit", talk, id)));
	}

	@Property(tries = TRIES)
	void previewingAddingAndEditingANoteInPlace(@ForAll("slugs") String talk, @ForAll("ids") String id,
			@ForAll("numbers") String version, @ForAll("text") String body) {
		assertNoServerError(Forms.postPart(path("/talks/%s/notes/preview", talk), "body", body));
		assertNoServerError(Forms.postPart(path("/talks/%s/notes", talk), "body", body));
		assertNoServerError(Forms.getPart(path("/talks/%s/notes/%s/edit", talk, id)));
		assertNoServerError(Forms.postPart(path("/talks/%s/notes/%s", talk, id), "version", version, "body", body));
		assertNoServerError(Forms.getPart(path("/talks/%s/notes/%s", talk, id)));
	}

	@Property(tries = TRIES)
	void deletingANote(@ForAll("slugs") String talk, @ForAll("ids") String id) {
		assertNoServerError(Forms.get(path("/talks/%s/notes/%s/delete", talk, id)));
		assertNoServerError(Forms.post(path("/talks/%s/notes/%s/delete", talk, id)));
	}

	@Property(tries = TRIES)
	void addingOrPreviewingAFigure(@ForAll("slugs") String talk, @ForAll("figures") String text,
			@ForAll("text") String subject, @ForAll("slugs") String company, @ForAll("text") String newCompany,
			@ForAll("slugs") String project, @ForAll("text") String newProject, @ForAll("text") String preview) {
		assertNoServerError(Forms.post(path("/talks/%s/figures", talk), "text", text, "subject", subject, "companySlug",
				company, "newCompanyName", newCompany, "projectSlug", project, "newProjectName", newProject, "preview",
				preview));
	}

	@Property(tries = TRIES)
	void editingAFigure(@ForAll("slugs") String talk, @ForAll("ids") String id, @ForAll("figures") String text,
			@ForAll("text") String subject, @ForAll("slugs") String company, @ForAll("text") String newCompany,
			@ForAll("text") String preview) {
		assertNoServerError(Forms.post(path("/talks/%s/figures/%s", talk, id), "text", text, "subject", subject,
				"companySlug", company, "newCompanyName", newCompany, "preview", preview));
		assertNoServerError(Forms.get(path("/talks/%s/figures/%s/edit", talk, id)));
	}

	@Property(tries = TRIES)
	void undoingTheDeleteOfAFigure(@ForAll("slugs") String talk, @ForAll("figures") String text,
			@ForAll("text") String subject, @ForAll("slugs") String company, @ForAll("slugs") String project,
			@ForAll("text") String position, @ForAll("text") String addedBy) {
		assertNoServerError(Forms.post(path("/talks/%s/figures/restore", talk), "text", text, "subject", subject,
				"companySlug", company, "projectSlug", project, "position", position, "addedBy", addedBy));
	}

	@Property(tries = TRIES)
	void deletingAFigure(@ForAll("slugs") String talk, @ForAll("ids") String id) {
		assertNoServerError(Forms.get(path("/talks/%s/figures/%s/delete", talk, id)));
		assertNoServerError(Forms.post(path("/talks/%s/figures/%s/delete", talk, id)));
	}

	/**
	 * Adds talks from forms whose every field is mostly one a person would type and now
	 * and then anything at all, so that both the messages and the saving are tried.
	 */
	@Property(tries = MAKING_TRIES)
	void addingATalk(@ForAll("conferences") String conference, @ForAll("titles") String title,
			@ForAll("optionalText") String subtitle, @ForAll("kinds") String kind, @ForAll("whens") List<String> when,
			@ForAll("optionalText") String text, @ForAll("picks") List<String> picks,
			@ForAll("names") List<String> names, @ForAll("links") String link, @ForAll("text") String attended) {
		assertNoServerError(Forms.get("/talks/new", "conference", conference));
		assertNoServerError(Forms.post("/talks",
				talkForm(conference, title, subtitle, kind, when, text, picks, names, link, attended)));
	}

	/**
	 * Edits a talk of the fuzz's own, never a seeded one: a valid edit renames it, and
	 * the next tries follow it to its new slug.
	 */
	@Property(tries = MAKING_TRIES)
	void editingATalk(@ForAll("editedTalks") String talk, @ForAll("titles") String title,
			@ForAll("optionalText") String subtitle, @ForAll("kinds") String kind, @ForAll("whens") List<String> when,
			@ForAll("optionalText") String text, @ForAll("picks") List<String> picks,
			@ForAll("names") List<String> names, @ForAll("links") String link, @ForAll("text") String attended) {
		assertNoServerError(Forms.get(path("/talks/%s/edit", talk)));
		MvcResult edited = Forms.post(path("/talks/%s", talk),
				talkForm("ignored", title, subtitle, kind, when, text, picks, names, link, attended));
		assertNoServerError(edited);
		String moved = edited.getResponse().getRedirectedUrl();
		if (editedTalk.equals(talk) && moved != null && moved.startsWith("/talks/")) {
			editedTalk = UriUtils.decode(moved.substring("/talks/".length()), StandardCharsets.UTF_8);
		}
	}

	@Property(tries = MAKING_TRIES)
	void cancellingReinstatingAndDeletingATalk(@ForAll boolean ownTalk, @ForAll("text") String other) {
		String talk = ownTalk ? freshTalk() : other;
		assertNoServerError(Forms.get(path("/talks/%s/delete", talk)));
		assertNoServerError(Forms.post(path("/talks/%s/cancel", talk)));
		assertNoServerError(Forms.post(path("/talks/%s/reinstate", talk)));
		assertNoServerError(Forms.post(path("/talks/%s/delete", talk)));
	}

	@Property(tries = TRIES)
	void searching(@ForAll("text") String q, @ForAll("slugs") String conference, @ForAll("text") String kind,
			@ForAll("text") String company, @ForAll("text") String author, @ForAll("numbers") String page) {
		assertNoServerError(Forms.get("/search", "q", q, "conference", conference, "kind", kind, "company", company,
				"project", company, "author", author, "page", page));
	}

	@Property(tries = TRIES)
	void filteringTheTalks(@ForAll("slugs") String conference, @ForAll("text") String kind,
			@ForAll("slugs") String company, @ForAll("slugs") String project, @ForAll("text") String notes,
			@ForAll("text") String attended, @ForAll("text") String q, @ForAll("text") String sort,
			@ForAll("text") String page) {
		assertNoServerError(Forms.get("/talks", "conference", conference, "kind", kind, "company", company, "project",
				project, "notes", notes, "attended", attended, "q", q, "sort", sort, "page", page));
	}

	@Property(tries = TRIES)
	void findingCompaniesAndProjects(@ForAll("text") String q, @ForAll("text") String sort) {
		assertNoServerError(Forms.get("/companies", "q", q, "sort", sort));
		assertNoServerError(Forms.get("/projects", "q", q, "sort", sort));
	}

	@Property(tries = TRIES)
	void filteringAndSortingTheFigures(@ForAll("text") String unit, @ForAll("slugs") String company,
			@ForAll("slugs") String project, @ForAll("slugs") String conference, @ForAll("text") String sort,
			@ForAll("text") String dir) {
		String[] query = { "unit", unit, "company", company, "project", project, "conference", conference, "sort", sort,
				"dir", dir };
		assertNoServerError(Forms.get("/figures", query));
		assertNoServerError(Forms.get("/figures.csv", query));
	}

	@Property(tries = TRIES)
	void comparingAndRestoringVersionsOfANote(@ForAll("slugs") String talk, @ForAll("ids") String id,
			@ForAll("numbers") String from, @ForAll("numbers") String to, @ForAll("numbers") String version) {
		assertNoServerError(Forms.get(path("/talks/%s/notes/%s/history", talk, id)));
		assertNoServerError(Forms.get(path("/talks/%s/notes/%s/history/diff", talk, id), "from", from, "to", to));
		assertNoServerError(
				Forms.post(path("/talks/%s/notes/%s/history/%s/restore", talk, id, from), "version", version));
	}

	@Property(tries = TRIES)
	void restoringOrPurgingFromTheTrash(@ForAll("ids") String id) {
		assertNoServerError(Forms.post(path("/trash/%s/restore", id)));
		assertNoServerError(Forms.get(path("/trash/%s/purge", id)));
		assertNoServerError(Forms.post(path("/trash/%s/purge", id)));
	}

	@Property(tries = TRIES)
	void loggingIn(@ForAll("usernames") String username, @ForAll("text") String password) {
		assertNoServerError(Forms.postLoggedOut("/login", "username", username, "password", password));
	}

	@Property(tries = TRIES)
	void changingOnesOwnPassword(@ForAll("text") String current, @ForAll("text") String password,
			@ForAll("text") String repeated) {
		assertNoServerError(Forms.post("/account/password", "currentPassword", current, "newPassword", password,
				"repeatedPassword", repeated));
	}

	@Property(tries = TRIES)
	void managingAccounts(@ForAll("usernames") String username, @ForAll("text") String displayName,
			@ForAll("text") String role, @ForAll("text") String password, @ForAll("text") String enabled) {
		assertNoServerError(Forms.post("/admin/accounts", "username", username, "displayName", displayName, "role",
				role, "password", password));
		assertNoServerError(Forms.post(path("/admin/accounts/%s/role", username), "role", role));
		assertNoServerError(Forms.post(path("/admin/accounts/%s/password", username), "password", password));
		assertNoServerError(Forms.post(path("/admin/accounts/%s/enabled", username), "enabled", enabled));
	}

	@Property(tries = MAKING_TRIES)
	void addingChangingAndDeletingAConference(@ForAll("text") String name, @ForAll("text") String acronym,
			@ForAll("text") String edition, @ForAll("text") String city, @ForAll("dates") String startsOn,
			@ForAll("dates") String endsOn, @ForAll("timeZones") String timeZone, @ForAll("addresses") String website,
			@ForAll("text") String description) {
		String[] fields = { "name", name, "acronym", acronym, "edition", edition, "city", city, "startsOn", startsOn,
				"endsOn", endsOn, "timeZone", timeZone, "websiteUrl", website, "description", description };
		makeAndDelete("/conferences", fields);
		changeAndDelete("/conferences", fields);
	}

	@Property(tries = MAKING_TRIES)
	void addingChangingAndDeletingACompany(@ForAll("text") String name, @ForAll("addresses") String website) {
		String[] fields = { "name", name, "websiteUrl", website };
		makeAndDelete("/companies", fields);
		changeAndDelete("/companies", fields);
	}

	@Property(tries = MAKING_TRIES)
	void addingChangingAndDeletingAProject(@ForAll("text") String name, @ForAll("maturities") String maturity,
			@ForAll("text") String description, @ForAll("addresses") String website) {
		String[] fields = { "name", name, "maturity", maturity, "description", description, "websiteUrl", website };
		makeAndDelete("/projects", fields);
		changeAndDelete("/projects", fields);
	}

	@Property(tries = MAKING_TRIES)
	void addingChangingAndDeletingASpeaker(@ForAll("text") String name, @ForAll("text") String company,
			@ForAll("addresses") String website) {
		String[] fields = { "name", name, "company", company, "websiteUrl", website };
		makeAndDelete("/speakers", fields);
		changeAndDelete("/speakers", fields);
	}

	@Property(tries = TRIES)
	void openingTheFormsOfConferencesCompaniesProjectsAndSpeakers(@ForAll("slugs") String slug,
			@ForAll("text") String company) {
		for (String items : new String[] { "conferences", "companies", "projects", "speakers" }) {
			assertNoServerError(Forms.get(path("/" + items + "/%s/edit", slug)));
			assertNoServerError(Forms.get(path("/" + items + "/%s/delete", slug)));
		}
		assertNoServerError(Forms.get("/speakers/new", "company", company));
	}

	/**
	 * Sends the form that adds an item, and deletes the item it added, so that the
	 * application shared with other tests does not fill up.
	 */
	private static void makeAndDelete(String items, String... fields) {
		MvcResult made = Forms.post(items, fields);
		assertNoServerError(made);
		if (made.getResponse().getStatus() == 302) {
			assertNoServerError(Forms.post(made.getResponse().getRedirectedUrl() + "/delete"));
		}
	}

	/**
	 * Sends the form that changes an item to a new item, opens its pages under the
	 * address it has then, deletes it and sends the form once more, to an item that is no
	 * longer there. Items of the seed are never changed.
	 */
	private static void changeAndDelete(String items, String... fields) {
		MvcResult made = Forms.post(items, "name", "Fuzzed " + fuzzed.incrementAndGet());
		assertThat(made.getResponse().getStatus()).isEqualTo(302);
		String item = made.getResponse().getRedirectedUrl();
		MvcResult changed = Forms.post(item, fields);
		assertNoServerError(changed);
		String now = (changed.getResponse().getStatus() == 302) ? changed.getResponse().getRedirectedUrl() : item;
		assertNoServerError(Forms.get(now));
		assertNoServerError(Forms.get(now + "/edit"));
		assertNoServerError(Forms.get(now + "/delete"));
		assertNoServerError(Forms.post(now + "/delete"));
		assertNoServerError(Forms.post(now, fields));
	}

	@Provide
	Arbitrary<String> dates() {
		return Arbitraries.frequencyOf(
				weighted(3,
						Arbitraries.of("2019-11-18", "2019-11-21", "2025-02-29", "0001-01-01", "+99999-12-31",
								"-0001-01-01", "2019-13-01", "18/11/2019", "2019-11-18T09:00")),
				weighted(2, Arbitraries.integers().between(1800, 2300).map((year) -> year + "-06-12")),
				weighted(2, text()), weighted(1, numbersAsText()));
	}

	@Provide
	Arbitrary<String> timeZones() {
		return Arbitraries.frequencyOf(weighted(3, Arbitraries.of("America/Los_Angeles", "Europe/Amsterdam", "UTC",
				"+01:00", "GMT+1", "EST", "Etc/GMT+5", "europe/amsterdam", "Mars/Olympus_Mons")), weighted(3, text()));
	}

	@Provide
	Arbitrary<String> addresses() {
		return Arbitraries.frequencyOf(
				weighted(3,
						Arbitraries.of("https://example.com/", "http://example.com:8080/a?b=c#d", "HTTPS://EXAMPLE.COM",
								"javascript:alert(1)", "data:text/html,<b>x</b>", "http://", "https://exa mple.com/",
								"//example.com/", "ftp://example.com/", "https://[::1]/", "https://a_b.example/")),
				weighted(1,
						Arbitraries.strings()
							.withCharRange('a', 'z')
							.ofMaxLength(600)
							.map((path) -> "https://x.example/" + path)),
				weighted(3, text()));
	}

	@Provide
	Arbitrary<String> maturities() {
		return Arbitraries.frequencyOf(
				weighted(3, Arbitraries.of("", "sandbox", "incubating", "graduated", "GRADUATED", "archived")),
				weighted(2, text()));
	}

	@Property(tries = MAKING_TRIES)
	void importingAPastedSchedule(@ForAll("schedules") String text, @ForAll("slugs") String conference,
			@ForAll("text") String conferenceName) {
		assertNoServerError(
				Forms.post("/import", "text", text, "conference", conference, "conferenceName", conferenceName));
	}

	@Property(tries = MAKING_TRIES)
	void importingAScheduleFile(@ForAll("schedules") String file, @ForAll("text") String text,
			@ForAll("slugs") String conference, @ForAll("text") String conferenceName) {
		byte[] content = (file != null) ? file.getBytes(StandardCharsets.UTF_8) : null;
		assertNoServerError(Forms.upload("/import", "file", content, "text", text, "conference", conference,
				"conferenceName", conferenceName));
	}

	@Property(tries = TRIES)
	void previewingAndApplyingAnImport(@ForAll("ids") String id) {
		assertNoServerError(Forms.get(path("/import/%s", id)));
		assertNoServerError(Forms.post(path("/import/%s/apply", id)));
		assertNoServerError(Forms.get("/import", "tooLarge", id, "conference", id));
	}

	/**
	 * Schedule files as they come, and broken: the test files whole, cut short, with a
	 * line or a few characters changed, and arbitrary text.
	 */
	@Provide
	Arbitrary<String> schedules() {
		Arbitrary<String> file = Arbitraries.of(SCHEDULE_FILES);
		Arbitrary<String> cut = file
			.flatMap((text) -> Arbitraries.integers().between(0, text.length()).map((end) -> text.substring(0, end)));
		Arbitrary<String> changed = Combinators.combine(file, Arbitraries.integers().between(0, 100_000), text())
			.as((text, at, insert) -> {
				int where = at % (text.length() + 1);
				return text.substring(0, where) + ((insert != null) ? insert : "") + text.substring(where);
			});
		return Arbitraries.frequencyOf(weighted(2, file), weighted(3, cut), weighted(4, changed), weighted(2, text()));
	}

	@Provide
	Arbitrary<String> conferences() {
		return usually(Arbitraries.just(CONFERENCE), slugs());
	}

	@Provide
	Arbitrary<String> editedTalks() {
		return usually(Arbitraries.create(() -> editedTalk), text());
	}

	@Provide
	Arbitrary<String> titles() {
		return usually(Arbitraries.oneOf(words(60), Arbitraries.strings().all().ofMinLength(1).ofMaxLength(100)),
				text());
	}

	@Provide
	Arbitrary<String> optionalText() {
		return usually(Arbitraries.oneOf(Arbitraries.just(""), words(60), Arbitraries.strings().all().ofMaxLength(100)),
				text());
	}

	@Provide
	Arbitrary<String> kinds() {
		return usually(Arbitraries.of("talk", "keynote", "panel", "project-update"), text());
	}

	/** The day, the start and the end. */
	@Provide
	Arbitrary<List<String>> whens() {
		Arbitrary<List<String>> valid = Arbitraries.oneOf(Arbitraries.just(List.of("", "", "")),
				Combinators
					.combine(Arbitraries.of("2019-11-18", "2019-11-21"), Arbitraries.integers().between(0, 22),
							Arbitraries.integers().between(0, 59), Arbitraries.integers().between(1, 60))
					.as((day, hour, minute, length) -> {
						LocalTime start = LocalTime.of(hour, minute);
						return List.of(day, start.toString(), start.plusMinutes(length).toString());
					}));
		Arbitrary<String> days = Arbitraries.oneOf(Arbitraries.of("2019-11-19", "2019-11-25", "2019-02-30", "",
				"+10000-01-01", "0000-01-01", "9999-12-31", "19/11/2019", "2019-11-19T10:00"), text());
		Arbitrary<String> times = Arbitraries.oneOf(
				Arbitraries.of("09:00", "23:59", "00:00", "", "24:00", "25:99", "14:25:30.999999999", "2pm", "-01:00"),
				text());
		return usually(valid, Combinators.combine(days, times, times).as(Arrays::asList));
	}

	/** Slugs picked for the speakers, the companies and the projects. */
	@Provide
	Arbitrary<List<String>> picks() {
		Arbitrary<String> none = Arbitraries.just(null);
		return Combinators
			.combine(usually(Arbitraries.oneOf(none, Arbitraries.of("jane-doe")), slugs()),
					usually(Arbitraries.oneOf(none, Arbitraries.of("lyft", "reddit", "jd-com")), slugs()),
					usually(Arbitraries.oneOf(none, Arbitraries.of("helm", "vitess", "linkerd")), slugs()))
			.as(Arrays::asList);
	}

	/** The new speakers, the other companies and the other projects. */
	@Provide
	Arbitrary<List<String>> names() {
		Arbitrary<String> name = usually(words(40), Arbitraries.strings().all().ofMaxLength(220));
		Arbitrary<String> line = Arbitraries.oneOf(name,
				Combinators.combine(name, name).as((speaker, company) -> speaker + ", " + company));
		Arbitrary<String> lines = usually(line.list().ofMaxSize(5).map((some) -> String.join("\n", some)),
				Arbitraries.oneOf(line.list().ofMaxSize(60).map((many) -> String.join("\n", many)), text(),
						Arbitraries.of("Jane Doe, Acme Mesh", "Lyft, lyft, LYFT", ", Lyft", ",,,", "\n\n")));
		return lines.list().ofSize(3);
	}

	@Provide
	Arbitrary<String> links() {
		return usually(Arbitraries.of("https://example.com/talk", "HTTP://EXAMPLE.COM", ""),
				Arbitraries.oneOf(Arbitraries.of("javascript:alert(1)", "data:text/html,<b>x</b>", "https://"),
						text().map((text) -> "https://example.com/" + text), text()));
	}

	/** Mostly what a person would type, now and then anything at all. */
	private static <T> Arbitrary<T> usually(Arbitrary<? extends T> typical, Arbitrary<? extends T> anything) {
		return Arbitraries.frequencyOf(Tuple.of(6, typical), Tuple.of(1, anything));
	}

	private static Arbitrary<String> words(int maxLength) {
		return Arbitraries.strings().alpha().numeric().withChars(" .-'&").ofMinLength(1).ofMaxLength(maxLength);
	}

	@Provide
	Arbitrary<String> usernames() {
		return Arbitraries.frequencyOf(weighted(2, Arbitraries.of("admin", "corey-gale", "fuzz-editor", "nobody")),
				weighted(2, Arbitraries.strings().withCharRange('a', 'z').withChars("-._").ofMaxLength(45)),
				weighted(3, text()));
	}

	@Provide
	Arbitrary<String> text() {
		return Arbitraries
			.frequencyOf(weighted(6, Arbitraries.strings().all().ofMaxLength(200)),
					weighted(3, Arbitraries.strings().alpha().numeric().withChars(" \n\t-_.,*\"'#").ofMaxLength(80)),
					weighted(2, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20)),
					weighted(2, fragments()), weighted(1, numbersAsText()),
					weighted(1, Arbitraries.strings().all().ofMinLength(20_000).ofMaxLength(30_000)))
			.injectNull(0.1);
	}

	@Provide
	Arbitrary<String> slugs() {
		return Arbitraries.frequencyOf(weighted(3, Arbitraries.of(TALK, "helm-3-deep-dive", "lyft", "vitess", "helm")),
				weighted(3, text()),
				weighted(1, Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMaxLength(40)));
	}

	@Provide
	Arbitrary<String> ids() {
		return Arbitraries.frequencyOf(
				weighted(3, Arbitraries.longs().between(-2, 400).map((number) -> Long.toString(number))),
				weighted(2, numbersAsText()), weighted(2, text()));
	}

	@Provide
	Arbitrary<String> numbers() {
		return Arbitraries.frequencyOf(
				weighted(3, Arbitraries.longs().between(-1, 50).map((number) -> Long.toString(number))),
				weighted(2, numbersAsText()), weighted(2, text()));
	}

	@Provide
	Arbitrary<String> figures() {
		return Arbitraries.frequencyOf(
				weighted(2,
						Arbitraries.of("35M QPS", "100k+ containers", "~2300 nodes/cluster", "3.5 billion snaps/day",
								"5 9s", "40k+ pods", "~40k+ pods", "1e308 pods", "0 QPS", "-5 nodes")),
				weighted(3, text()), weighted(1, numbersAsText().map((number) -> number + " pods")));
	}

	private static Arbitrary<String> fragments() {
		return Arbitraries.of("' OR 1=1 --", "'; DROP TABLE note; --", "\" OR \"\"=\"", "<script>alert(1)</script>",
				"[x](javascript:alert(1))", "${7*7}", "[[${7*7}]]", "#{7*7}", "%00", "%ZZ", "%", "../../etc/passwd",
				"\u0000", "\uD800", "\uDFFF", "\uFFFF", "\u202E", "\uFEFF", "𝕏", "👩‍👩‍👧", "", " ", "\r\n", "NULL",
				"null", "undefined", "true", "{", "}", "*", "?", "\"", "\\", "kube* -helm OR \"three-way\"",
				"AND OR NOT", "(((", "~~~", "field:value", "a".repeat(10_001));
	}

	private static Arbitrary<String> numbersAsText() {
		return Arbitraries.oneOf(Arbitraries.longs().map((number) -> Long.toString(number)),
				Arbitraries.doubles().map((number) -> Double.toString(number)), Arbitraries.of("NaN", "Infinity", "-0",
						"1e309", "9223372036854775808", "0x1F", "1_000", "1,000", "٣", "+1", "00000000000000000001"));
	}

	private static Tuple2<Integer, Arbitrary<? extends String>> weighted(int weight,
			Arbitrary<? extends String> arbitrary) {
		return Tuple.of(weight, arbitrary);
	}

	private static String[] talkForm(String conference, String title, String subtitle, String kind, List<String> when,
			String text, List<String> picks, List<String> names, String link, String attended) {
		return new String[] { "conference", conference, "title", title, "subtitle", subtitle, "kind", kind, "day",
				when.get(0), "startTime", when.get(1), "endTime", when.get(2), "room", subtitle, "track", subtitle,
				"abstractText", text, "description", text, "speakerSlugs", picks.get(0), "newSpeakers", names.get(0),
				"companySlugs", picks.get(1), "otherCompanies", names.get(1), "projectSlugs", picks.get(2),
				"otherProjects", names.get(2), "scheduleUrl", link, "slidesUrl", link, "videoUrl", link, "attended",
				attended };
	}

	/** A talk of the fuzz's own, which it may change and delete. */
	private static String freshTalk() {
		return SharedApplication.bean(TalkEditing.class)
			.create(new TalkForm(CONFERENCE, "Written for the fuzz", "", "talk", "", "", "", "", "", "", "", List.of(),
					"", List.of(), "", List.of(), "", "", "", "", "true"));
	}

	private static String resource(String name) {
		try (InputStream in = FormsNeverFailOnArbitraryInputTests.class.getResourceAsStream("/schedules/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A path with arbitrary segments, each encoded the way a browser would. */
	private static String path(String template, String... segments) {
		Object[] encoded = new Object[segments.length];
		for (int i = 0; i < segments.length; i++) {
			encoded[i] = UriUtils.encodePathSegment((segments[i] != null) ? segments[i] : "", StandardCharsets.UTF_8);
		}
		return String.format(template, encoded);
	}

	private static void assertNoServerError(MvcResult result) {
		tried.incrementAndGet();
		int status = result.getResponse().getStatus();
		if (status >= 500) {
			serverErrors.incrementAndGet();
		}
		assertThat(status).as("%s %s", result.getRequest().getMethod(), result.getRequest().getRequestURI())
			.isBetween(200, 499);
	}

}
