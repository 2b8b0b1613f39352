package io.talknotes.note;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.account.AccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives Talknotes over real HTTP the way a browser would: logging in, plain GETs, form
 * posts carrying the form's CSRF token, redirects and the session cookie that carries the
 * flash message. Subclasses say which database the application runs on; the journey is
 * the same for each.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class AbstractNoteJourneyTests {

	private static final String TALK = "helm-3-deep-dive";

	private static final List<String> SEEDED_TALK_TITLES = List.of("Keynotes", "CNCF Project Updates",
			"Low Latency Multi-cluster Networking with Kubernetes",
			"Cortex 101: Horizontally Scalable Long Term Storage for Prometheus",
			"Towards Continuous Computer Vision Model Improvement with Kubeflow",
			"Scaling Kubernetes to Thousands of Nodes Across Multiple Clusters, Calmly", "GitOps User Stories",
			"Helm 3 Deep Dive", "Kubernetes at Reddit: Tales from Production",
			"Use Your Favorite Developer Tools in Kubernetes With Telepresence",
			"Improving Performance of Deep Learning Workloads With Volcano",
			"How Kubernetes Components Communicate Securely in Your Cluster",
			"The Gotchas of Zero-Downtime Traffic w/Kubernetes",
			"Solving Multi-Cluster Network Connectivity With Submariner");

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Path dataDir;

	/** The CSRF token of the last page that had a form, sent with every post. */
	private String csrfToken = "";

	private RunningApplication app;

	/**
	 * Starts whatever the application needs besides itself, before its first start.
	 */
	protected void startDatabase() throws Exception {
	}

	/**
	 * Stops what {@link #startDatabase()} started, after the application has stopped.
	 */
	protected void stopDatabase() throws Exception {
	}

	/**
	 * The command-line arguments that start the application. Called for every start, and
	 * must return arguments that reach the same data each time.
	 * @param dataDir the application's data directory
	 */
	protected abstract List<String> applicationArguments(Path dataDir);

	@BeforeAll
	void startApplication(@TempDir Path dataDir) throws Exception {
		this.dataDir = dataDir;
		startDatabase();
		this.app = RunningApplication.start(applicationArguments(dataDir));
		TestAccounts.create(this.app);
		logIn();
	}

	@AfterAll
	void stopApplication() throws Exception {
		try {
			if (this.app != null) {
				this.app.close();
			}
		}
		finally {
			stopDatabase();
		}
	}

	@Test
	void noteIsWrittenKeptAcrossRestartEditedAndDeleted() throws Exception {
		assertThat(this.app.rebuiltSearchIndex()).as("a new data directory gets its search index built").isTrue();
		HttpResponse<String> list = get("/talks");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(linkTexts(list.body(), "/talks/")).containsExactlyInAnyOrderElementsOf(SEEDED_TALK_TITLES);

		HttpResponse<String> talkPage = get("/talks/" + TALK);
		assertThat(talkPage.statusCode()).isEqualTo(200);
		assertThat(talkPage.body()).contains("<h1>Helm 3 Deep Dive</h1>", "Add a note");

		String word = "quokka" + UUID.randomUUID().toString().substring(0, 8);
		String marker = "Journey " + word;
		HttpResponse<String> added = post("/talks/" + TALK + "/notes",
				form("body", marker + " says **Tiller is gone**\n\n<script>alert(1)</script>"));
		assertThat(added.statusCode()).isEqualTo(302);
		URI notePage = location(added);
		assertThat(notePage.getPath()).isEqualTo("/talks/" + TALK);
		assertThat(notePage.getFragment()).matches("note-\\d+");
		long noteId = Long.parseLong(notePage.getFragment().substring("note-".length()));

		HttpResponse<String> afterAdd = get(notePage.getPath());
		assertThat(afterAdd.statusCode()).isEqualTo(200);
		String html = afterAdd.body();
		assertThat(html).contains("Your note was added.");
		assertThat(html).contains("id=\"note-" + noteId + "\"");
		assertThat(html).contains(marker + " says <strong>Tiller is gone</strong>");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
		assertThat(html).contains("Ada Lovelace");
		assertThat(get(notePage.getPath()).body()).as("the flash message is shown once")
			.doesNotContain("Your note was added.");
		assertThat(get("/search?q=" + word).body()).as("a new note is searchable at once")
			.contains("1 talk found", "href=\"/talks/" + TALK + "\"", "<mark>" + word + "</mark>");

		restartApplication();
		assertThat(this.app.rebuiltSearchIndex()).as("a restart reuses the search index").isFalse();
		logIn();
		assertThat(get("/search?q=" + word).body()).contains("1 talk found");
		assertThat(get("/search?q=%22tiller+is+gone%22").body()).contains("1 talk found");

		HttpResponse<String> afterRestart = get("/talks/" + TALK);
		assertThat(afterRestart.statusCode()).isEqualTo(200);
		assertThat(afterRestart.body()).contains(marker + " says <strong>Tiller is gone</strong>", "Ada Lovelace");

		HttpResponse<String> editForm = get("/talks/" + TALK + "/notes/" + noteId + "/edit");
		assertThat(editForm.statusCode()).isEqualTo(200);
		assertThat(editForm.body()).contains("Edit note", marker + " says **Tiller is gone**");
		String version = firstGroup(editForm.body(), "name=\"version\" value=\"(\\d+)\"");

		HttpResponse<String> edited = post("/talks/" + TALK + "/notes/" + noteId,
				form("version", version, "body", marker + " edited: _charts_ now use **three-way merges**"));
		assertThat(edited.statusCode()).isEqualTo(302);
		assertThat(location(edited).getPath()).isEqualTo("/talks/" + TALK);
		String afterEdit = get("/talks/" + TALK).body();
		assertThat(afterEdit).contains("Your changes were saved.",
				marker + " edited: <em>charts</em> now use <strong>three-way merges</strong>", "Ada Lovelace");
		assertThat(afterEdit).doesNotContain("Tiller is gone", "&lt;script&gt;");
		assertThat(get("/search?q=%22tiller+is+gone%22").body()).as("the old text is no longer found")
			.doesNotContain("href=\"/talks/" + TALK + "\"");
		assertThat(get("/search?q=" + word + "+three-way").body()).as("the new text is found").contains("1 talk found");

		HttpResponse<String> confirm = get("/talks/" + TALK + "/notes/" + noteId + "/delete");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("Delete this note?", marker + " edited", "Move it to the trash");
		assertThat(get("/talks/" + TALK).body()).as("the confirmation page deletes nothing").contains(marker);

		HttpResponse<String> deleted = post("/talks/" + TALK + "/notes/" + noteId + "/delete", form());
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(location(deleted).getPath()).isEqualTo("/talks/" + TALK);
		String afterDelete = get("/talks/" + TALK).body();
		assertThat(afterDelete).contains("The note was moved to the trash.")
			.doesNotContain(marker, "id=\"note-" + noteId + "\"");
		assertThat(get("/talks/" + TALK + "/notes/" + noteId + "/edit").statusCode()).isEqualTo(404);
		assertThat(get("/search?q=" + word).body()).as("a deleted note is no longer found").contains("No talks found");
	}

	@Test
	void noteHistoryComparesRestoresAndTheTrashGivesBackOrPurges() throws Exception {
		String word = "numbat" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> added = post("/talks/" + TALK + "/notes",
				form("body", "- Releases stored as secrets\n- " + word, "author", "Ada Lovelace"));
		follow(added);
		long noteId = Long.parseLong(location(added).getFragment().substring("note-".length()));
		String note = "/talks/" + TALK + "/notes/" + noteId;
		int notesBefore = homeNoteCount();
		String version = firstGroup(get(note + "/edit").body(), "name=\"version\" value=\"(\\d+)\"");
		follow(post(note, form("version", version, "body", "- Releases stored as configmaps\n- " + word, "author",
				"Grace Hopper")));

		String history = get(note + "/history").body();
		assertThat(history).contains("Version 2", "Version 1", "Ada Lovelace", "current");
		HttpResponse<String> diff = get(note + "/history/diff?from=1&to=2");
		assertThat(diff.statusCode()).isEqualTo(200);
		assertThat(diff.body()).contains("<del>secrets</del>", "<ins>configmaps</ins>");

		String current = firstGroup(history, "name=\"version\" value=\"(\\d+)\"");
		HttpResponse<String> restored = post(note + "/history/1/restore", form("version", current));
		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(location(restored).getPath()).isEqualTo(note + "/history");
		assertThat(get(note + "/history").body()).contains("Version 3", "is the note&#39;s text again");
		assertThat(get("/talks/" + TALK).body()).contains("Releases stored as secrets");
		HttpResponse<String> stale = post(note + "/history/2/restore", form("version", current));
		assertThat(stale.body()).as("a restore from a stale history").contains("nothing was restored");
		assertThat(get("/talks/" + TALK).body()).contains("Releases stored as secrets");

		HttpResponse<String> deleted = post(note + "/delete", form());
		assertThat(get(location(deleted).getPath()).body()).as("Undo beside the message")
			.contains("The note was moved to the trash.", "action=\"/trash/" + noteId + "/restore\"");
		assertThat(get("/talks/" + TALK).body()).doesNotContain(word);
		assertThat(homeNoteCount()).isEqualTo(notesBefore - 1);
		assertThat(get("/search?q=" + word).body()).contains("No talks found");
		assertThat(get(note + "/history").statusCode()).isEqualTo(404);
		assertThat(get("/trash").body()).contains(word, "id=\"trashed-" + noteId + "\"");

		HttpResponse<String> back = post("/trash/" + noteId + "/restore", form());
		assertThat(location(back).getPath()).isEqualTo("/talks/" + TALK);
		assertThat(location(back).getFragment()).isEqualTo("note-" + noteId);
		assertThat(get("/talks/" + TALK).body()).contains("The note was restored from the trash.", word,
				"class=\"note changed\" id=\"note-" + noteId + "\"");
		assertThat(homeNoteCount()).isEqualTo(notesBefore);
		assertThat(get("/search?q=" + word).body()).contains("1 talk found", "<mark>" + word + "</mark>");
		assertThat(get(note + "/history").body()).contains("Version 3");

		follow(post(note + "/delete", form()));
		assertThat(get("/trash/" + noteId + "/purge").statusCode()).as("only admins purge").isEqualTo(403);
		logIn(AccountService.ADMIN, TestAccounts.ADMIN_PASSWORD, "Admin");
		assertThat(get("/trash/" + noteId + "/purge").body()).contains("Delete this note for good?");
		HttpResponse<String> purged = post("/trash/" + noteId + "/purge", form());
		assertThat(location(purged).getPath()).isEqualTo("/trash");
		assertThat(get("/trash").body()).contains("The note was deleted for good.").doesNotContain(word);
		assertThat(post("/trash/" + noteId + "/restore", form()).statusCode()).isEqualTo(404);
		assertThat(homeNoteCount()).isEqualTo(notesBefore - 1);
		logIn();
	}

	@Test
	void aFigureSavedOrDeletedFromAStalePageNeverOverwritesAnotherSave() throws Exception {
		post("/talks/" + TALK + "/figures", form("text", "7 charts", "subject", "Stale test", "companySlug", "",
				"newCompanyName", "", "projectSlug", "", "newProjectName", ""));
		String talk = get("/talks/" + TALK).body();
		String edit = firstGroup(talk,
				"href=\"(/talks/" + TALK + "/figures/\\d+)/edit\"[^>]*aria-label=\"Edit 7 charts\"");
		String version = firstGroup(get(edit + "/edit").body(), "name=\"version\" value=\"(\\d+)\"");
		String[] mine = { "text", "8 charts", "subject", "Mine", "companySlug", "", "newCompanyName", "", "projectSlug",
				"", "newProjectName", "" };

		assertThat(follow(post(edit, form(withVersion(mine, version)))).statusCode()).isEqualTo(200);
		mine[1] = "9 charts";
		HttpResponse<String> stale = post(edit, form(withVersion(mine, version)));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone saved this figure", "value=\"9 charts\"", "8 charts");
		HttpResponse<String> staleDelete = post(edit + "/delete", form("version", version));
		assertThat(staleDelete.body()).contains("Someone changed this figure");
		assertThat(get("/talks/" + TALK).body()).contains("8 charts").doesNotContain("9 charts");

		String current = firstGroup(staleDelete.body(), "name=\"version\" value=\"(\\d+)\"");
		assertThat(follow(post(edit + "/delete", form("version", current))).statusCode()).isEqualTo(200);
		assertThat(get("/talks/" + TALK).body()).doesNotContain("8 charts");
	}

	@Test
	void undoAfterDeletingAFigureAddsItBackInItsPlaceStillItsAuthors() throws Exception {
		for (String text : List.of("21 charts", "22 charts", "23 charts")) {
			follow(post("/talks/" + TALK + "/figures", form("text", text, "subject", "Undo " + text, "companySlug", "",
					"newCompanyName", "", "projectSlug", "helm", "newProjectName", "")));
		}
		String talk = get("/talks/" + TALK).body();
		List<String> before = allGroups(talk, "<p class=\"figure-quote\">([^<]+)</p>");
		String figure = firstGroup(talk,
				"href=\"(/talks/" + TALK + "/figures/\\d+)/edit\"[^>]*aria-label=\"Edit 22 charts\"");
		String version = firstGroup(get(figure + "/delete").body(), "name=\"version\" value=\"(\\d+)\"");

		HttpResponse<String> deleted = post(figure + "/delete", form("version", version));
		String afterDelete = get(location(deleted).getPath()).body();
		assertThat(afterDelete).doesNotContain("22 charts</p>").contains("The figure was deleted.");
		String undo = firstGroup(afterDelete, "(?s)(<form class=\"undo\".*?</form>)");
		assertThat(firstGroup(undo, "action=\"([^\"]+)\"")).isEqualTo("/talks/" + TALK + "/figures/restore");
		List<String> fields = new ArrayList<>();
		Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\"").matcher(undo);
		while (hidden.find()) {
			if (!hidden.group(1).equals("_csrf")) {
				fields.add(hidden.group(1));
				fields.add(unescape(hidden.group(2)));
			}
		}

		HttpResponse<String> undone = post("/talks/" + TALK + "/figures/restore", form(fields.toArray(String[]::new)));
		assertThat(undone.statusCode()).isEqualTo(302);
		String back = get(location(undone).getPath()).body();
		assertThat(back).contains("The figure is back.", "Undo 22 charts",
				"class=\"figure-card changed\" id=\"" + location(undone).getFragment() + "\"");
		assertThat(allGroups(back, "<p class=\"figure-quote\">([^<]+)</p>")).as("in its place again").isEqualTo(before);
		assertThat(back).as("still the editor's to change").contains("aria-label=\"Edit 22 charts\"");
	}

	@Test
	void concurrentSavesFromOneVersionLetExactlyOneThroughForNotesAndFigures() throws Exception {
		HttpResponse<String> added = post("/talks/" + TALK + "/notes", form("body", "race", "author", "Ada Lovelace"));
		follow(added);
		String note = "/talks/" + TALK + "/notes/" + location(added).getFragment().substring("note-".length());
		String noteVersion = firstGroup(get(note + "/edit").body(), "name=\"version\" value=\"(\\d+)\"");
		List<HttpResponse<String>> noteSaves = concurrently(8,
				(i) -> postRequest(note, form("version", noteVersion, "body", "racer " + i, "author", "Racer " + i)));

		assertThat(noteSaves).extracting(HttpResponse::statusCode).containsOnly(302, 200).containsOnlyOnce(302);
		followAll(noteSaves);
		assertThat(noteSaves).filteredOn((response) -> response.statusCode() == 200)
			.allSatisfy((response) -> assertThat(response.body()).contains("Someone else saved this note"));
		String winner = get(note + "/edit").body();
		assertThat(firstGroup(winner, "name=\"version\" value=\"(\\d+)\"")).isNotEqualTo(noteVersion);
		assertThat(get(note + "/history").body()).contains("Version 2").doesNotContain("Version 3");

		post("/talks/" + TALK + "/figures", form("text", "3 racing charts", "subject", "", "companySlug", "",
				"newCompanyName", "", "projectSlug", "", "newProjectName", ""));
		String figure = firstGroup(get("/talks/" + TALK).body(),
				"href=\"(/talks/" + TALK + "/figures/\\d+)/edit\"[^>]*aria-label=\"Edit 3 racing charts\"");
		String figureVersion = firstGroup(get(figure + "/edit").body(), "name=\"version\" value=\"(\\d+)\"");
		List<HttpResponse<String>> figureSaves = concurrently(8,
				(i) -> postRequest(figure,
						form("version", figureVersion, "text", (10 + i) + " racing charts", "subject", "",
								"companySlug", "", "newCompanyName", "", "projectSlug", "", "newProjectName", "")));

		assertThat(figureSaves).extracting(HttpResponse::statusCode).containsOnly(302, 200).containsOnlyOnce(302);
		followAll(figureSaves);
		assertThat(figureSaves).filteredOn((response) -> response.statusCode() == 200)
			.allSatisfy((response) -> assertThat(response.body()).contains("Someone saved this figure"));
		follow(post(figure + "/delete",
				form("version", firstGroup(get(figure + "/edit").body(), "name=\"version\" value=\"(\\d+)\""))));
		follow(post(note + "/delete", form()));
	}

	/**
	 * Opens the page a form redirected to, as a browser does, so that its flash message
	 * is shown there and not left for a later page.
	 */
	private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
		return get(location(response).getPath());
	}

	private void followAll(List<HttpResponse<String>> responses) throws Exception {
		for (HttpResponse<String> response : responses) {
			if (response.statusCode() == 302) {
				follow(response);
			}
		}
	}

	/** Sends the requests all at once and waits for every answer. */
	private List<HttpResponse<String>> concurrently(int count, IntFunction<HttpRequest> request) {
		List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, count)
			.mapToObj((i) -> this.http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString()))
			.toList();
		return sent.stream().map(CompletableFuture::join).toList();
	}

	private HttpRequest postRequest(String path, String formBody) {
		return HttpRequest.newBuilder(this.app.uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody + "&" + form("_csrf", this.csrfToken)))
			.build();
	}

	private static String[] withVersion(String[] fields, String version) {
		String[] all = Arrays.copyOf(fields, fields.length + 2);
		all[fields.length] = "version";
		all[fields.length + 1] = version;
		return all;
	}

	/** The number of notes the home page shows for the seeded conference. */
	private int homeNoteCount() throws Exception {
		return Integer.parseInt(firstGroup(get("/").body(), "<strong>(\\d+)</strong> <span>notes</span>"));
	}

	@Test
	void invalidNoteComesBackWithMessagesAndWhatWasTyped() throws Exception {
		HttpResponse<String> emptyBody = post("/talks/" + TALK + "/notes", form("body", "   "));
		assertThat(emptyBody.statusCode()).isEqualTo(200);
		assertThat(emptyBody.body())
			.containsPattern("id=\"body-error\"[^>]*>Write something: a note cannot be empty\\.</p>");

		String tooLong = "Half-written thought about Helm " + "x".repeat(20_000);
		HttpResponse<String> tooLongBody = post("/talks/" + TALK + "/notes", form("body", tooLong));
		assertThat(tooLongBody.statusCode()).isEqualTo(200);
		assertThat(tooLongBody.body()).containsPattern("id=\"body-error\"[^>]*>A note can be at most 20,000");
		assertThat(tooLongBody.body())
			.containsPattern("<textarea[^>]*>\\s*Half-written thought about Helm x+</textarea>");

		assertThat(get("/talks/" + TALK).body()).as("nothing was saved").doesNotContain("Half-written thought");
	}

	@Test
	void unknownTalkShowsAFriendlyNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/talks/no-such-talk");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("There is nothing at this address", "No talk called “no-such-talk”.",
				"Browse the talks");
		assertThat(response.body()).doesNotContain("Exception", "at io.talknotes", "at org.springframework",
				"Whitelabel");
	}

	@Test
	void figureIsAddedForANewCompanyComparedAndDownloaded() throws Exception {
		HttpResponse<String> added = post("/talks/" + TALK + "/figures",
				form("text", "~40k+ pods", "subject", "Chart installs", "companySlug", "", "newCompanyName",
						"Quux Cloud", "projectSlug", "helm", "newProjectName", ""));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
		assertThat(added.body()).as("a contradictory qualifier is explained next to the field").contains("~40k+ pods");

		added = post("/talks/" + TALK + "/figures", form("text", "40k+ pods", "subject", "Chart installs",
				"companySlug", "", "newCompanyName", "Quux Cloud", "projectSlug", "helm", "newProjectName", ""));
		assertThat(added.statusCode()).isEqualTo(302);

		String pods = get("/figures?unit=pods&sort=value&dir=desc").body();
		assertThat(pods).contains("40k+ pods", "Quux Cloud", "at least 40,000");
		assertThat(pods.indexOf("40k+ pods")).as("the largest figure first").isLessThan(pods.indexOf("30k pods"));
		assertThat(get("/figures?company=quux-cloud").body()).contains("40k+ pods").doesNotContain("30k pods");
		assertThat(get("/companies/quux-cloud").statusCode()).isEqualTo(200);

		HttpResponse<String> csv = get("/figures.csv?unit=pods");
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.body()).contains("40k+ pods", "Quux Cloud", "40000");
	}

	@Test
	void theJsonApiIsDescribedByOpenApi() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"title\":\"Talknotes API\"", "/api/v1/figures/parse")
			.doesNotContain("/talks/{slug}");
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void everySeededTalkCompanyAndProjectPageAnswers() throws Exception {
		Map<String, Integer> expected = new LinkedHashMap<>();
		expected.put("talks", 14);
		expected.put("companies", 18);
		expected.put("projects", 23);
		expected.forEach((section, count) -> {
			Set<String> slugs = linkSlugs(getUnchecked("/" + section).body(), "/" + section + "/");
			// An editor is also offered the form for a new one, which is no item
			slugs.remove("new");
			assertThat(slugs).as("links on /%s", section).hasSize(count);
			for (String slug : slugs) {
				HttpResponse<String> page = getUnchecked("/" + section + "/" + slug);
				assertThat(page.statusCode()).as("/%s/%s", section, slug).isEqualTo(200);
				assertThat(page.body()).as("/%s/%s", section, slug).contains("<h1>");
			}
		});
	}

	private void logIn() throws IOException, InterruptedException {
		logIn(TestAccounts.EDITOR, TestAccounts.PASSWORD, "Ada Lovelace");
	}

	private void logIn(String username, String password, String displayName) throws IOException, InterruptedException {
		get("/login");
		HttpResponse<String> loggedIn = post("/login", form("username", username, "password", password));
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(location(loggedIn).getPath()).as("logged in, not sent back to the login page").isEqualTo("/");
		assertThat(get("/").body()).contains(displayName, "Log out");
	}

	private void restartApplication() {
		this.app.close();
		this.app = null;
		this.app = RunningApplication.start(applicationArguments(this.dataDir));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(this.app.uri(path)).GET());
	}

	private HttpResponse<String> getUnchecked(String path) {
		try {
			return get(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("GET " + path + " interrupted", ex);
		}
	}

	private HttpResponse<String> post(String path, String formBody) throws IOException, InterruptedException {
		String withToken = (formBody.isEmpty() ? "" : formBody + "&") + form("_csrf", this.csrfToken);
		return send(HttpRequest.newBuilder(this.app.uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(withToken)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		Matcher token = CSRF_TOKEN.matcher(response.body());
		if (token.find()) {
			this.csrfToken = token.group(1);
		}
		return response;
	}

	private URI location(HttpResponse<?> response) {
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new AssertionError("redirect without a Location header"));
		return response.uri().resolve(location);
	}

	private static String form(String... namesAndValues) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			pairs.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return String.join("&", pairs);
	}

	private static List<String> allGroups(String html, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(html);
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static String firstGroup(String html, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(html);
		assertThat(matcher.find()).as("page contains %s", regex).isTrue();
		return matcher.group(1);
	}

	/**
	 * Texts of the links whose targets are directly under the prefix, e.g. talk titles.
	 */
	private static List<String> linkTexts(String html, String prefix) {
		Matcher matcher = Pattern.compile("<a[^>]*href=\"" + Pattern.quote(prefix) + "[a-z0-9-]+\"[^>]*>([^<]+)</a>")
			.matcher(html);
		List<String> texts = new ArrayList<>();
		while (matcher.find()) {
			texts.add(unescape(matcher.group(1)).strip());
		}
		return texts;
	}

	/** Slugs of the links directly under the prefix, without repeats. */
	private static Set<String> linkSlugs(String html, String prefix) {
		return Pattern.compile("href=\"" + Pattern.quote(prefix) + "([a-z0-9-]+)\"")
			.matcher(html)
			.results()
			.map((result) -> result.group(1))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static String unescape(String text) {
		return text.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
	}

}
