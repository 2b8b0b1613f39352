package io.talknotes.search;

import java.util.List;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.talknotes.talk.FilterSlugs;
import io.talknotes.talk.TalkKind;
import io.talknotes.web.SecurityConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SearchController.class)
@Import({ SecurityConfiguration.class, SearchControllerTests.Timing.class })
class SearchControllerTests {

	private static final TalkHit HELM = new TalkHit("helm-3-deep-dive", "Helm 3 Deep Dive", List.of(), TalkKind.TALK,
			"KubeCon NA 2019", List.of("IBM", "Microsoft"), List.of("- No more <mark>Tiller</mark>"), List.of(),
			List.of(), NameHighlights.NONE);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private TalkSearch search;

	@MockitoBean
	private FilterSlugs slugs;

	@Test
	void showsEachTalkWithItsMarkedPassagesAndFilters() throws Exception {
		SearchRequest request = SearchRequest.of("tiller");
		given(this.search.search(any())).willReturn(new SearchResults(List.of(HELM), 2, 1,
				List.of(new SearchResults.Facet("company", List
					.of(new SearchResults.FacetValue("IBM", "IBM", null, 1, false, "/search?q=tiller&company=IBM")))),
				null, IndexStatus.ready(), 3, request));

		String html = this.mvc.perform(get("/search").param("q", "tiller"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("2 talks found", "href=\"/talks/helm-3-deep-dive\"", "Helm 3 Deep Dive",
				"- No more <mark>Tiller</mark>", "KubeCon NA 2019", "IBM, Microsoft",
				"href=\"/search?q=tiller&amp;company=IBM\"", "value=\"tiller\"");
	}

	@Test
	void aTalkFoundByANameAloneShowsThatName() throws Exception {
		TalkHit bySpeaker = new TalkHit("gitops-user-stories", "GitOps User Stories", List.of(), TalkKind.PANEL,
				"KubeCon NA 2019", List.of("Intuit"), List.of(), List.of(), List.of(),
				new NameHighlights(List.of("Jane <mark>Doe</mark>"), List.of("<mark>Doe</mark> &amp; Co")));
		given(this.search.search(any())).willReturn(new SearchResults(List.of(bySpeaker, HELM), 2, 1, List.of(), null,
				IndexStatus.ready(), 3, SearchRequest.of("doe")));

		Document page = Jsoup.parse(this.mvc.perform(get("/search").param("q", "doe"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select(".hit .names")).singleElement().satisfies((names) -> {
			assertThat(names.text()).isEqualTo("Speaker: Jane Doe · Company: Doe & Co");
			assertThat(names.select("mark").eachText()).containsExactly("Doe", "Doe");
		});
	}

	@Test
	void whileTypingOnlyTheTitleAndTheResultsAreSentAndGoingBackGetsTheWholePage() throws Exception {
		given(this.search.search(any())).willReturn(new SearchResults(List.of(HELM), 1, 1, List.of(), null,
				IndexStatus.ready(), 3, SearchRequest.of("tiller")));

		MockHttpServletResponse live = this.mvc
			.perform(get("/search").param("q", "tiller").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Document part = Jsoup.parseBodyFragment(live.getContentAsString());
		assertThat(live.getContentAsString().strip()).startsWith("<title>tiller · Search · Talknotes</title>");
		assertThat(part.select("#search-results .hit-title").text()).isEqualTo("Helm 3 Deep Dive");
		assertThat(part.select("header, form, #search-q, nav[aria-label]")).isEmpty();
		assertThat(live.getHeaders(HttpHeaders.VARY)).contains("HX-Request");

		String back = this.mvc
			.perform(get("/search").param("q", "tiller")
				.header("HX-Request", "true")
				.header("HX-History-Restore-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(back).select("header.site-header, #search-q, #search-results")).hasSize(3);
	}

	@Test
	void offersOnlyTheFiltersThatNarrowTheResultsAndNeverTheTimeTaken() throws Exception {
		SearchRequest request = SearchRequest.of("tiller");
		given(this.search.search(any()))
			.willReturn(new SearchResults(
					List.of(HELM), 1, 1, List.of(
							new SearchResults.Facet("company",
									List.of(new SearchResults.FacetValue("IBM", "IBM", null, 1, false,
											"/search?q=tiller&company=IBM")))),
					null, IndexStatus.ready(), 1342, request));

		String html = this.mvc.perform(get("/search").param("q", "tiller"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("1 talk found", "Helm 3 Deep Dive")
			.doesNotContain("company=IBM", "class=\"facets\"", "1342", "1,342", " ms");
	}

	@Test
	void searchTooLargeForTheEngineSaysSoInsteadOfFailing() throws Exception {
		given(this.search.search(any()))
			.willThrow(new SearchTooLargeException(new IllegalStateException("too many clauses")));

		String html = this.mvc.perform(get("/search").param("q", "\"a very long phrase\""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Your search has more words than can be searched at once.");
	}

	@Test
	void offersTheSpellingThatMatched() throws Exception {
		given(this.search.search(any())).willReturn(new SearchResults(List.of(HELM), 1, 1, List.of(), "kubernetes",
				IndexStatus.ready(), 3, SearchRequest.of("kuberentes")));

		String html = this.mvc.perform(get("/search").param("q", "kuberentes"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Nothing matched “kuberentes”.", "Did you mean", "href=\"/search?q=kubernetes\"");
	}

	@Test
	void saysWhenTheIndexIsStillBeingBuilt() throws Exception {
		given(this.search.search(any())).willReturn(new SearchResults(List.of(), 0, 1, List.of(), null,
				IndexStatus.building(40, 100), 1, SearchRequest.of("helm")));

		String html = this.mvc.perform(get("/search").param("q", "helm"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("being built (40% done)", "Nothing matches.");
	}

	@Test
	void anEmptyOrOperatorOnlyQueryExplainsWhatToType() throws Exception {
		String empty = this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String operators = this.mvc.perform(get("/search").param("q", "+ - | \""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(empty).contains("Search every note, talk, company, project and figure.");
		assertThat(operators).contains("type at least one word");
		verifyNoInteractions(this.search);
	}

	@Test
	void aHugeQueryIsShortenedNotRefused() throws Exception {
		given(this.search.search(any())).willReturn(
				new SearchResults(List.of(), 0, 1, List.of(), null, IndexStatus.ready(), 1, SearchRequest.of("x")));

		String html = this.mvc.perform(get("/search").param("q", "kubernetes ".repeat(1000)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("only its first 200 characters were used");
	}

	@Test
	void passesFiltersAndPageAndIgnoresANonsensePageNumber() throws Exception {
		given(this.search.search(any())).willReturn(
				new SearchResults(List.of(), 0, 1, List.of(), null, IndexStatus.ready(), 1, SearchRequest.of("helm")));

		this.mvc
			.perform(get("/search").param("q", "helm")
				.param("company", "IBM")
				.param("kind", "keynote")
				.param("author", "Corey Gale")
				.param("page", "abc"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "helm").param("page", "3")).andExpect(status().isOk());

		verify(this.search)
			.search(new SearchRequest(SearchQuery.parse("helm"), null, TalkKind.KEYNOTE, "IBM", null, "Corey Gale", 1));
		verify(this.search).search(new SearchRequest(SearchQuery.parse("helm"), null, null, null, null, null, 3));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Timing {

		@Bean
		Timer searchTimer() {
			return Timer.builder("talknotes.search").register(new SimpleMeterRegistry());
		}

	}

}
