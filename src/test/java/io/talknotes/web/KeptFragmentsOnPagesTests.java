package io.talknotes.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.WebSession;
import io.talknotes.note.NoteForm;
import io.talknotes.note.NoteService;
import io.talknotes.note.NoteView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parts of pages rendered once and kept ({@link KeptFragments}): the cards of talk lists
 * and the notes of a talk page still follow every change, and each reader is offered what
 * their rights allow.
 */
class KeptFragmentsOnPagesTests {

	private static final String TALK = "use-your-favorite-developer-tools-in-kubernetes-with-telepresence";

	@TempDir
	static Path dataDir;

	private static RunningApplication app;

	@BeforeAll
	static void start() {
		app = RunningApplication
			.start(List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir));
		TestAccounts.create(app);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void aCardCountsANoteAddedAfterTheListWasShown() {
		Element card = page(WebSession.visitor(app), "/talks").selectFirst(".talk-card");
		String slug = card.selectFirst(".talk-title").attr("href").replace("/talks/", "");
		int before = notesOn(card);

		app.bean(NoteService.class).add(slug, new NoteForm("Seen on the list, then noted."), TestAccounts.EDITOR);

		Element after = page(WebSession.visitor(app), "/talks")
			.selectFirst(".talk-card:has(a.talk-title[href=/talks/" + slug + "])");
		assertThat(notesOn(after)).isEqualTo(before + 1);
	}

	@Test
	void aCompanysPageListsTheSameCardsAsTheTalkList() {
		Document talks = page(WebSession.visitor(app), "/talks?sort=title");
		Element card = talks.select(".talk-card")
			.stream()
			.filter((each) -> !each.select(".companies a").isEmpty())
			.findFirst()
			.orElseThrow();
		String company = card.selectFirst(".companies a").attr("href");

		Element onCompany = page(WebSession.visitor(app), company)
			.selectFirst(".talk-card:has(a.talk-title[href=" + card.selectFirst(".talk-title").attr("href") + "])");

		assertThat(onCompany).isNotNull();
		assertThat(onCompany.outerHtml()).isEqualTo(card.outerHtml());
	}

	@Test
	void aTalkPageShowsANoteEditedAfterItWasShownAndOffersEditingToItsAuthorOnly() {
		NoteService notes = app.bean(NoteService.class);
		NoteView note = notes.add(TALK, new NoteForm("First words of a kept note."), TestAccounts.EDITOR);
		WebSession visitor = WebSession.visitor(app);
		WebSession author = WebSession.loggedIn(app, TestAccounts.EDITOR, TestAccounts.PASSWORD);
		WebSession otherEditor = WebSession.loggedIn(app, TestAccounts.OTHER_EDITOR, TestAccounts.PASSWORD);
		for (WebSession reader : List.of(visitor, author, otherEditor)) {
			assertThat(noteOn(page(reader, "/talks/" + TALK), note).text()).contains("First words of a kept note.");
		}

		notes.edit(TALK, note.id(), note.version(), new NoteForm("Second words of a kept note."), TestAccounts.EDITOR);

		Element seenByVisitor = noteOn(page(visitor, "/talks/" + TALK), note);
		Element seenByAuthor = noteOn(page(author, "/talks/" + TALK), note);
		Element seenByOtherEditor = noteOn(page(otherEditor, "/talks/" + TALK), note);
		assertThat(List.of(seenByVisitor, seenByAuthor, seenByOtherEditor))
			.allSatisfy((seen) -> assertThat(seen.text()).contains("Second words of a kept note.")
				.doesNotContain("First words"));
		assertThat(seenByAuthor.select(".note-actions a").eachText()).contains("Edit", "Delete");
		assertThat(seenByOtherEditor.select(".note-actions a").eachText()).doesNotContain("Edit", "Delete");
		assertThat(seenByVisitor.select(".note-actions a").eachText()).doesNotContain("Edit", "Delete");
	}

	private static Element noteOn(Document page, NoteView note) {
		Element shown = page.getElementById("note-" + note.id());
		assertThat(shown).as("note %s on the page", note.id()).isNotNull();
		return shown;
	}

	private static int notesOn(Element card) {
		return card.select(".counts span")
			.eachText()
			.stream()
			.filter((text) -> text.endsWith(" note") || text.endsWith(" notes"))
			.mapToInt((text) -> Integer.parseInt(text.substring(0, text.indexOf(' '))))
			.findFirst()
			.orElse(0);
	}

	private static Document page(WebSession reader, String path) {
		HttpResponse<String> response = reader.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
