package io.talknotes.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files over real HTTP: pages link them by addresses that carry a hash of their
 * content, and browsers may keep them for a year; the pages themselves are asked for
 * again.
 */
class StaticFilesTests {

	private static final String HASHED = "/(css|js)/[\\w-]+-[0-9a-f]{32}\\.(css|js)|/favicon-[0-9a-f]{32}\\.svg";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void pagesLinkTheirStylesScriptsAndIconByAddressesThatChangeWithTheirContent() {
		Document page = Jsoup.parse(fetch("/").body());

		List<String> files = List.of(page.selectFirst("link[rel=stylesheet]").attr("href"),
				page.selectFirst("script[src]").attr("src"), page.selectFirst("link[rel=icon]").attr("href"));
		assertThat(files).allSatisfy((file) -> assertThat(file).matches(HASHED));
	}

	@Test
	void staticFilesAreKeptForAYearAndServeTheirContent() throws IOException {
		Document page = Jsoup.parse(fetch("/talks/helm-3-deep-dive").body());

		for (String file : List.of(page.selectFirst("link[rel=stylesheet]").attr("href"),
				page.selectFirst("link[rel=icon]").attr("href"), page.select("script[src]").get(0).attr("src"),
				page.select("script[src]").get(1).attr("src"))) {
			HttpResponse<String> response = fetch(file);
			assertThat(response.statusCode()).as("status of %s", file).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as("Cache-Control of %s", file)
				.hasValueSatisfying(
						(value) -> assertThat(value).contains("max-age=31536000").doesNotContain("no-store"));
		}
		String stylesheet = fetch(page.selectFirst("link[rel=stylesheet]").attr("href")).body();
		assertThat(stylesheet).isEqualTo(Files.readString(Path.of("src/main/resources/static/css/talknotes.css")));
	}

	@Test
	void thePagesThemselvesAreAskedForAgainEachTime() {
		assertThat(fetch("/").headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(fetch("/search?q=helm").headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
	}

	@Test
	void theErrorPageOfTheServerLinksTheSameStylesheetAsEveryPage() {
		String stylesheet = Jsoup.parse(fetch("/").body()).selectFirst("link[rel=stylesheet]").attr("href");

		HttpResponse<String> refused = fetch("/talks/%00");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo(stylesheet);
	}

	private HttpResponse<String> fetch(String path) {
		URI uri = SharedApplication.uri(path);
		try {
			return this.http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
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
