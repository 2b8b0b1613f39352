package io.talknotes.talk;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.WebSession;
import io.talknotes.note.NoteForm;
import io.talknotes.note.NoteService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks added, renamed and deleted by an editor over real HTTP, as search and old links
 * see them: an old address and every address under it lead to the renamed talk, search
 * finds a talk by its new title at once, with its notes, and finds a deleted talk no
 * more.
 */
class TalkAddressesTests {

	private static final String CONFERENCE = "kubecon-cloudnativecon-na-2019";

	@TempDir
	static Path dataDir;

	private static RunningApplication app;

	private static WebSession editor;

	@BeforeAll
	static void start() {
		app = RunningApplication
			.start(List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir));
		TestAccounts.create(app);
		editor = WebSession.loggedIn(app, TestAccounts.EDITOR, TestAccounts.PASSWORD);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void theOldAddressOfARenamedTalkAndTheAddressesUnderItLeadToItsNewOne() {
		String old = add("Sidecars Considered Harmful");
		long note = app.bean(NoteService.class)
			.add(old, new NoteForm("Sidecars cost memory"), TestAccounts.EDITOR)
			.id();

		HttpResponse<String> renamed = editor.post("/talks/" + old, "title", "Sidecars Considered Helpful", "kind",
				"talk");

		assertThat(renamed.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(renamed)).isEqualTo("/talks/sidecars-considered-helpful");
		assertMovedTo("/talks/" + old, "/talks/sidecars-considered-helpful");
		assertMovedTo("/talks/" + old + "/notes/" + note + "/history",
				"/talks/sidecars-considered-helpful/notes/" + note + "/history");
		assertMovedTo("/talks/" + old + "/edit", "/talks/sidecars-considered-helpful/edit");
		HttpResponse<String> history = editor.get("/talks/sidecars-considered-helpful/notes/" + note + "/history");
		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(history.body()).contains("Sidecars cost memory");
		assertThat(editor.post("/talks/" + old, "title", "Anything", "kind", "talk").statusCode())
			.as("only pages are redirected, not forms sent to the old address")
			.isEqualTo(404);
	}

	@Test
	void searchFindsARenamedTalkByItsNewTitleAtOnceWithItsNotes() {
		String slug = add("Zebrafish Orchestration");
		app.bean(NoteService.class).add(slug, new NoteForm("The wombatpassage scheduler"), TestAccounts.EDITOR);
		assertThat(hits("zebrafish")).containsExactly("/talks/zebrafish-orchestration");

		editor.post("/talks/" + slug, "title", "Quokka Orchestration", "kind", "talk");

		assertThat(hits("quokka")).containsExactly("/talks/quokka-orchestration");
		assertThat(hits("zebrafish")).isEmpty();
		Document notes = search("wombatpassage");
		assertThat(notes.select(".hit-title").eachAttr("href")).containsExactly("/talks/quokka-orchestration");
		assertThat(notes.select(".hit .passage mark").eachText()).as("the note's passage, found under the new slug")
			.containsExactly("wombatpassage");
	}

	@Test
	void aDeletedTalkIsFoundNoMoreAndACancelledOneStillIs() {
		String deleted = add("Ephemeral Capybara");
		String cancelled = add("Cancelled Axolotl");
		assertThat(hits("capybara")).containsExactly("/talks/" + deleted);

		assertThat(editor.post("/talks/" + deleted + "/delete").statusCode()).isEqualTo(302);
		assertThat(editor.post("/talks/" + cancelled + "/cancel").statusCode()).isEqualTo(302);

		assertThat(hits("capybara")).isEmpty();
		assertThat(editor.get("/talks/" + deleted).statusCode()).isEqualTo(404);
		assertThat(hits("axolotl")).containsExactly("/talks/" + cancelled);
		assertThat(Jsoup.parse(editor.get("/talks/" + cancelled).body()).select("h1 + .meta .badge.cancelled").text())
			.isEqualTo("Cancelled");
	}

	/** Adds a talk through the form and gives its slug. */
	private static String add(String title) {
		HttpResponse<String> added = editor.post("/talks", "conference", CONFERENCE, "title", title, "kind", "talk");
		assertThat(added.statusCode()).as("%s added", title).isEqualTo(302);
		return WebSession.location(added).substring("/talks/".length());
	}

	private static void assertMovedTo(String path, String moved) {
		HttpResponse<String> response = editor.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(301);
		assertThat(WebSession.location(response)).isEqualTo(moved);
	}

	private static List<String> hits(String query) {
		return search(query).select(".hit-title").eachAttr("href");
	}

	private static Document search(String query) {
		HttpResponse<String> results = editor.get("/search?q=" + query);
		assertThat(results.statusCode()).isEqualTo(200);
		return Jsoup.parse(results.body());
	}

}
