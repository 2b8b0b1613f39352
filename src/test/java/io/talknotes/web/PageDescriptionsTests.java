package io.talknotes.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.talknotes.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page says in one sentence what it is about, in a
 * {@code <meta name="description">} that search engines and link previews show: the pages
 * of items name the item. Its title, on the browser's tab, names the page and Talknotes.
 */
class PageDescriptionsTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyPageDescribesItselfAndThePagesOfItemsNameTheirItem() {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/", "Notes a team brought back from conferences");
		pages.put("/conferences/kubecon-cloudnativecon-na-2019", "KubeCon + CloudNativeCon North America 2019: ");
		pages.put("/talks", "Every talk in Talknotes");
		pages.put("/talks/helm-3-deep-dive", "“Helm 3 Deep Dive” at KubeCon + CloudNativeCon North America 2019");
		pages.put("/companies", "The companies that presented talks");
		pages.put("/companies/lyft", "Lyft: ");
		pages.put("/projects", "The projects the talks covered");
		pages.put("/projects/vitess", "Vitess: ");
		pages.put("/figures", "Every figure quoted on stage");
		pages.put("/search", "Search every note");
		pages.put("/search?q=tiller", "Talks and notes that match “tiller”");
		pages.put("/login", "Log in");
		pages.put("/talks/no-such-talk", "There is nothing at this address.");
		pages.put("/talks/%00", "Talknotes could not read this request");

		pages.forEach((path, description) -> assertThat(descriptions(fetch(path))).as("description of %s", path)
			.singleElement()
			.asString()
			.startsWith(description));
	}

	@Test
	void everyPageNamesItselfAndTalknotesInItsTitle() throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/", "Talknotes");
		pages.put("/talks", "Talks · Talknotes");
		pages.put("/talks/helm-3-deep-dive", "Helm 3 Deep Dive · Talknotes");
		pages.put("/companies", "Companies · Talknotes");
		pages.put("/projects", "Projects · Talknotes");
		pages.put("/projects/vitess", "Vitess · Talknotes");
		pages.put("/figures", "Figures · Talknotes");
		pages.put("/login", "Log in · Talknotes");
		pages.put("/talks/no-such-talk", "Not found · Talknotes");
		pages.put("/talks/%00", "That request did not work · Talknotes");
		pages.forEach((path, title) -> assertThat(fetch(path).title()).as("title of %s", path).isEqualTo(title));

		String form = SharedApplication.mvc()
			.perform(get("/companies/lyft/edit").with(TestAccounts.editor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(form).title()).isEqualTo("Edit company · Lyft · Talknotes");
	}

	@Test
	void theFormsDescribeThemselvesToo() throws Exception {
		for (String path : new String[] { "/conferences/new", "/import", "/talks/helm-3-deep-dive/figures/new" }) {
			String html = SharedApplication.mvc()
				.perform(get(path).with(TestAccounts.editor()))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(descriptions(Jsoup.parse(html))).as("description of %s", path)
				.singleElement()
				.asString()
				.isNotBlank();
		}
	}

	private static List<String> descriptions(Document page) {
		Elements meta = page.select("head meta[name=description]");
		return meta.eachAttr("content");
	}

	private Document fetch(String path) {
		URI uri = SharedApplication.uri(path);
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri).build(),
					HttpResponse.BodyHandlers.ofString());
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
