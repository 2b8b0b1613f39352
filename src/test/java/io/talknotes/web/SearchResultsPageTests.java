package io.talknotes.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.talknotes.account.AccountService;
import io.talknotes.note.NoteForm;
import io.talknotes.note.NoteService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the results page shows over real HTTP: passages that read as the note reads, no
 * timings, and only filters that narrow what was found.
 */
class SearchResultsPageTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aPassageShowsTheWordsOfANoteWithoutItsMarkdown() {
		Document page = page("/search?q=graduated");

		Element passage = page.selectFirst(".hit .passage");
		assertThat(passage.wholeText().lines()).containsExactly("Vitess (graduated)", "Jaeger (graduated)");
		assertThat(passage.select("mark")).extracting(Element::text).containsExactly("graduated", "graduated");
	}

	@Test
	void markdownAndMarkupTypedIntoANoteAreLeftOutOrShownAsTextInItsPassage() {
		SharedApplication.bean(NoteService.class)
			.add("helm-3-deep-dive",
					new NoteForm("## Zyzzyva rollout\n\n" + "- **zyzzyva** charts keep <b>bold</b> as typed\n"
							+ "  1. see [the zyzzyva docs](https://helm.sh/docs/) and `zyzzyva --dry-run`\n"),
					AccountService.ADMIN);

		Document page = page("/search?q=zyzzyva");

		Element passage = page.selectFirst(".hit .passage");
		assertThat(passage.wholeText().lines()).containsExactly("Zyzzyva rollout",
				"zyzzyva charts keep <b>bold</b> as typed", "see the zyzzyva docs and zyzzyva --dry-run");
		assertThat(passage.select("mark")).hasSize(4);
		assertThat(passage.select("b, a, code, strong, h2")).isEmpty();
	}

	@Test
	void theResultsDoNotShowHowLongTheSearchTook() {
		Document page = page("/search?q=kubernetes");

		assertThat(page.select("main").text()).contains("8 talks found").doesNotContainPattern("\\d\\s*ms\\b");
	}

	@Test
	void aSingleResultListsNoFilterThatCannotNarrowIt() {
		Document page = page("/search?q=graduated");

		assertThat(page.select(".hit")).hasSize(1);
		assertThat(page.select("main").text()).contains("1 talk found");
		assertThat(page.select(".facets")).isEmpty();
	}

	@Test
	void filtersEveryFoundTalkHasAreNotOfferedButTheOthersAre() {
		Document page = page("/search?q=kubernetes");

		assertThat(page.select(".facets h2")).extracting(Element::text)
			.containsExactly("Kind", "Company", "Project", "Note author")
			.doesNotContain("Conference");
		assertThat(page.select(".facets .count")).extracting((count) -> Integer.parseInt(count.text()))
			.allSatisfy((count) -> assertThat(count).isLessThan(8));
	}

	private Document page(String path) {
		URI uri = SharedApplication.uri(path);
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
			return Jsoup.parse(response.body(), uri.toString());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
