package io.talknotes.search;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.talknotes.talk.TalkKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The links of a results page lead to the same search with one thing changed, whatever
 * was typed and chosen.
 */
class SearchLinksTests {

	@Property(tries = 500)
	void aFilterLinkIsTheSameSearchWithThatFilterChanged(@ForAll("values") String typed,
			@ForAll("values") String conference, @ForAll("values") String company, @ForAll("values") String chosen) {
		SearchRequest request = new SearchRequest(SearchQuery.parse(typed), conference, TalkKind.PANEL, company, null,
				null, 7);
		Map<String, String> expected = new LinkedHashMap<>();
		put(expected, "q", request.query().asTyped());
		put(expected, "conference", conference);
		put(expected, "kind", "panel");
		put(expected, "company", company);
		put(expected, "project", chosen);
		assertThat(parameters(SearchLinks.of(request).with("project", chosen))).isEqualTo(expected);
		expected.remove("project");
		assertThat(parameters(SearchLinks.of(request).page(3))).containsAllEntriesOf(expected)
			.containsEntry("page", "3")
			.hasSize(expected.size() + 1);
	}

	@Test
	void linksReadAsTheyAlwaysHave() {
		SearchRequest request = new SearchRequest(SearchQuery.parse("k* tiller"), "KubeCon + CloudNativeCon", null,
				"AT&T", null, null, 2);
		SearchLinks links = SearchLinks.of(request);
		assertThat(links.page(3))
			.isEqualTo("/search?q=k*+tiller&conference=KubeCon+%2B+CloudNativeCon&company=AT%26T&page=3");
		assertThat(links.page(1)).isEqualTo("/search?q=k*+tiller&conference=KubeCon+%2B+CloudNativeCon&company=AT%26T");
		assertThat(links.with("company", null)).isEqualTo("/search?q=k*+tiller&conference=KubeCon+%2B+CloudNativeCon");
		assertThat(links.with("kind", "panel"))
			.isEqualTo("/search?q=k*+tiller&conference=KubeCon+%2B+CloudNativeCon&kind=panel&company=AT%26T");
		assertThat(links.withoutFilters()).isEqualTo("/search?q=k*+tiller");
		assertThat(SearchLinks.of(SearchRequest.of("")).page(2)).isEqualTo("/search?page=2");
	}

	@Test
	void eachActiveFilterHasTheLinkThatRemovesIt() {
		SearchRequest request = new SearchRequest(SearchQuery.parse("helm"), null, TalkKind.KEYNOTE, "ibm", null, "Ana",
				4);
		assertThat(SearchLinks.of(request).active()).containsExactly(
				new SearchResults.ActiveFilter("kind", "keynote", "talk.kind.keynote",
						"/search?q=helm&company=ibm&author=Ana"),
				new SearchResults.ActiveFilter("company", "ibm", null, "/search?q=helm&kind=keynote&author=Ana"),
				new SearchResults.ActiveFilter("author", "Ana", null, "/search?q=helm&kind=keynote&company=ibm"));
	}

	@Test
	void aLoneSurrogateIsEncodedRatherThanRefused() {
		assertThat(SearchLinks.of(SearchRequest.of("kube\uD800")).with("company", "lyft"))
			.isEqualTo("/search?q=kube%3F&company=lyft");
	}

	@Test
	void onlyAFilterCanBeChanged() {
		SearchLinks links = SearchLinks.of(SearchRequest.of("helm"));
		assertThatIllegalArgumentException().isThrownBy(() -> links.with("q", "tiller"));
		assertThatIllegalArgumentException().isThrownBy(() -> links.with("sort", "date"));
	}

	@Provide
	Arbitrary<String> values() {
		return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just(""),
				Arbitraries.strings().withChars("a+&=#?% /é\"'*").withChars('é', '中', 'Z').ofMaxLength(12));
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (value != null && !value.isEmpty()) {
			parameters.put(name, value);
		}
	}

	/** The parameters a server reads from a link, decoded. */
	private static Map<String, String> parameters(String link) {
		UriComponents uri = UriComponentsBuilder.fromUriString(link).build();
		assertThat(uri.getPath()).isEqualTo("/search");
		MultiValueMap<String, String> query = uri.getQueryParams();
		Map<String, String> parameters = new LinkedHashMap<>();
		query.forEach((name, values) -> {
			assertThat(values).as(name).hasSize(1);
			parameters.put(name, URLDecoder.decode(values.get(0), StandardCharsets.UTF_8));
		});
		return parameters;
	}

}
