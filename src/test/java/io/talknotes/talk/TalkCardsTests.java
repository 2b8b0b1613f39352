package io.talknotes.talk;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.note.NoteForm;
import io.talknotes.note.NoteService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cards of a talk list are rendered once and kept ({@link TalkCards}): what a card
 * shows still follows every change, and every page that lists talks shows the same cards.
 */
class TalkCardsTests {

	@TempDir
	static Path dataDir;

	private static RunningApplication app;

	private final HttpClient http = HttpClient.newHttpClient();

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
	void aCardCountsANoteAddedAfterTheListWasShown() throws Exception {
		Element card = page("/talks").selectFirst(".talk-card");
		String slug = card.selectFirst(".talk-title").attr("href").replace("/talks/", "");
		int before = notesOn(card);

		app.bean(NoteService.class).add(slug, new NoteForm("Seen on the list, then noted."), TestAccounts.EDITOR);

		Element after = page("/talks").selectFirst(".talk-card:has(a.talk-title[href=/talks/" + slug + "])");
		assertThat(notesOn(after)).isEqualTo(before + 1);
		assertThat(after.select(".counts span").eachText())
			.contains((before + 1 == 1) ? "1 note" : (before + 1) + " notes");
	}

	@Test
	void aCompanysPageListsTheSameCardsAsTheTalkList() throws Exception {
		Document talks = page("/talks?sort=title");
		Element card = talks.select(".talk-card")
			.stream()
			.filter((each) -> !each.select(".companies a").isEmpty())
			.findFirst()
			.orElseThrow();
		String company = card.selectFirst(".companies a").attr("href");

		Element onCompany = page(company)
			.selectFirst(".talk-card:has(a.talk-title[href=" + card.selectFirst(".talk-title").attr("href") + "])");

		assertThat(onCompany).isNotNull();
		assertThat(onCompany.outerHtml()).isEqualTo(card.outerHtml());
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

	private Document page(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(app.uri(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
