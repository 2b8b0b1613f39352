package io.talknotes.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters of the search and talk pages, followed over real HTTP as a browser follows
 * them: each finds the talks it counts, and a search narrowed down to nothing still shows
 * what it is narrowed by, with the way back.
 */
class SearchFiltersTests {

	private static final String KUBECON = "KubeCon + CloudNativeCon North America 2019";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@Test
	void aFilterChosenWithinAConferenceFindsTheTalksItCounts() throws Exception {
		Document atKubecon = page(
				"/search?q=kubernetes&conference=" + URLEncoder.encode(KUBECON, StandardCharsets.UTF_8));
		assertThat(atKubecon.select(".hit")).hasSize(8);
		Element lyft = facetValue(atKubecon, "Lyft");
		assertThat(lyft.attr("href")).contains("conference=kubecon-cloudnativecon-na-2019", "company=lyft");

		Document filtered = page(lyft.attr("href"));

		assertThat(filtered.select(".hit")).hasSize(Integer.parseInt(lyft.selectFirst(".count").text()));
		assertThat(filtered.select(".empty")).isEmpty();
		assertThat(filtered.select(".active-filters .chips a")).extracting(Element::text)
			.containsExactly("Conference: " + KUBECON + " ×", "Company: Lyft ×");
	}

	@Test
	void aFilterLinkWrittenWithANameLeadsToTheSameFilterBySlug() throws Exception {
		HttpClient staying = HttpClient.newHttpClient();
		HttpResponse<Void> search = staying.send(
				HttpRequest.newBuilder(SharedApplication.uri("/search?q=kubernetes&company=Lyft&conference="
						+ URLEncoder.encode(KUBECON, StandardCharsets.UTF_8)))
					.build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(search.statusCode()).isEqualTo(301);
		assertThat(search.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location)
			.endsWith("/search?q=kubernetes&conference=kubecon-cloudnativecon-na-2019&company=lyft"));
		HttpResponse<Void> talks = staying.send(
				HttpRequest.newBuilder(SharedApplication.uri("/talks?company=Lyft&notes=with")).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(talks.statusCode()).isEqualTo(301);
		assertThat(talks.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/talks?company=lyft&notes=with"));
	}

	@Test
	void everyFilterOfASearchFindsAsManyTalksAsItSays() throws Exception {
		Document kubernetes = page("/search?q=kubernetes");

		assertThat(kubernetes.select(".facets li:not(.selected) a")).isNotEmpty().allSatisfy((value) -> {
			Document filtered = page(value.attr("href"));
			assertThat(filtered.select(".hit"))
				.as("talks found by the filter %s (%s)", value.text(), value.attr("href"))
				.hasSize(Integer.parseInt(value.selectFirst(".count").text()));
		});
	}

	@Test
	void aSearchFilteredToNothingShowsItsFiltersAndTheWayBack() throws Exception {
		Document nothing = page("/search?q=kubernetes&company=Tinder&kind=keynote");

		assertThat(nothing.select(".empty").text()).startsWith("Nothing matches.");
		assertThat(nothing.select(".active-filters .chips a")).extracting(Element::text)
			.containsExactly("Kind: Keynote ×", "Company: Tinder ×");
		assertThat(nothing.select(".active-filters .chips a").first().attr("aria-label"))
			.isEqualTo("Remove the filter Kind: Keynote");

		Document withoutCompany = page(chip(nothing, "Company: Tinder").attr("href"));
		assertThat(withoutCompany.select(".hit")).hasSize(1);
		assertThat(withoutCompany.select(".active-filters .chips a")).extracting(Element::text)
			.containsExactly("Kind: Keynote ×");

		Element clear = nothing.selectFirst("a.clear-filters");
		assertThat(clear).isNotNull();
		assertThat(clear.text()).isEqualTo("Clear filters");
		Document all = page(clear.attr("href"));
		assertThat(all.select(".hit")).hasSize(8);
		assertThat(all.select(".active-filters")).isEmpty();
		assertThat(all.selectFirst("#search-q").val()).isEqualTo("kubernetes");
	}

	@Test
	void theTalkListFilteredToNothingKeepsItsFiltersAndTheWayBack() throws Exception {
		Document nothing = page("/talks?conference=kubecon-cloudnativecon-na-2019&company=tinder");

		assertThat(nothing.select(".talk-card")).isEmpty();
		assertThat(nothing.selectFirst("select[name=company] option[selected]").text()).isEqualTo("Tinder");
		assertThat(nothing.selectFirst("select[name=conference] option[selected]").text()).isEqualTo(KUBECON);
		Element clear = nothing.selectFirst(".filter-actions a");
		assertThat(clear.text()).isEqualTo("Clear filters");
		assertThat(page(clear.attr("href")).select(".talk-card")).hasSize(14);
	}

	private static Element facetValue(Document page, String label) {
		return page.select(".facets li a")
			.stream()
			.filter((a) -> a.selectFirst("span").text().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No filter " + label + " in " + page.select(".facets").text()));
	}

	private static Element chip(Document page, String text) {
		return page.select(".active-filters .chips a")
			.stream()
			.filter((a) -> a.text().startsWith(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No chip " + text));
	}

	/** The page at a link as it appears in a page: sent without changing a byte. */
	private Document page(String href) {
		URI uri = SharedApplication.uri(href);
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("status of %s", href).isEqualTo(200);
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
