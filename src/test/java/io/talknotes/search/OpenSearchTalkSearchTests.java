package io.talknotes.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.talknotes.OpenSearchInTests;
import io.talknotes.system.TextAnalysis;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search tests through the query language of Hibernate Search on a real OpenSearch
 * 2.19, started in this JVM from Maven artifacts, with the {@code opensearch} profile.
 * The profile has the indexes refreshed every 200 ms (OpenSearch's default is once a
 * second), so that a note written on one node is soon found on every other.
 */
@ActiveProfiles("opensearch")
@TestPropertySource(properties = "spring.jpa.properties.hibernate.search.backend.directory.type=")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OpenSearchTalkSearchTests extends AbstractTalkSearchTests {

	private static OpenSearchInTests openSearch;

	@Autowired
	private TalkSearch search;

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) throws IOException {
		start();
		registry.add("spring.jpa.properties.hibernate.search.backend.uris", () -> openSearch.url());
	}

	private static synchronized void start() throws IOException {
		if (openSearch != null) {
			return;
		}
		openSearch = OpenSearchInTests.start("talknotes-tests");
	}

	@AfterAll
	static void stop() throws IOException {
		if (openSearch != null) {
			openSearch.close();
			openSearch = null;
		}
	}

	private static final Pattern REFRESH_INTERVAL = Pattern.compile("\"refresh_interval\"\\s*:\\s*\"(\\w+)\"");

	private static final String INDEXES = "/talks-read,notes-read/_settings";

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void isTheSearchThroughTheQueryLanguageOnOpenSearch() {
		assertThat(this.search).isInstanceOf(DslTalkSearch.class);
		assertThat(Search.mapping(this.entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)).isNotNull();
	}

	@Test
	void refreshesTheIndexesEvery200MillisecondsAlsoOnesMadeBeforeTheSetting() throws Exception {
		assertThat(refreshIntervals()).as("as the profile's index settings say").containsExactly("200ms", "200ms");
		// Indexes made by an earlier version, with OpenSearch's default: a node starting
		// with the setting changes them (create-or-update, which SearchIndex runs at
		// start under the database lock).
		send(HttpRequest.newBuilder(URI.create(openSearch.url() + INDEXES))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"index\":{\"refresh_interval\":\"1s\"}}")));
		assertThat(refreshIntervals()).containsExactly("1s", "1s");

		Search.mapping(this.entityManagerFactory).scope(Object.class).schemaManager().createOrUpdate();

		assertThat(refreshIntervals()).containsExactly("200ms", "200ms");
		assertThat(this.search.search(SearchRequest.of("tiller")).total())
			.as("talks found once the indexes are open again")
			.isPositive();
	}

	@Test
	void cutsTextIntoTheWordsTheApplicationMarks() throws Exception {
		// Matches are marked in the application, with the analysis of the direct Lucene
		// search: OpenSearch must cut every text into the same words at the same places.
		Map<String, Analyzer> analyzers = Map.of(TextAnalysis.ENGLISH, SearchAnalysis.english(),
				TextAnalysis.ENGLISH_QUERY, SearchAnalysis.englishQuery());
		List<String> texts = SearchAnalysisTests.texts().subList(0, 300);
		for (Map.Entry<String, Analyzer> analyzer : analyzers.entrySet()) {
			for (String text : texts) {
				assertThat(analysedByOpenSearch(analyzer.getKey(), text)).as("%s: %s", analyzer.getKey(), text)
					.isEqualTo(SearchAnalysisTests.words(analyzer.getValue(), text));
			}
		}
	}

	/**
	 * Each word OpenSearch makes of a text, as {@link SearchAnalysisTests#words} lists
	 * them.
	 */
	private static List<String> analysedByOpenSearch(String analyzer, String text) throws Exception {
		JsonObject request = new JsonObject();
		request.addProperty("analyzer", analyzer);
		request.addProperty("text", text);
		String answer = send(HttpRequest.newBuilder(URI.create(openSearch.url() + "/talks-read/_analyze"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(request.toString())));
		List<String> words = new ArrayList<>();
		for (JsonElement token : JsonParser.parseString(answer).getAsJsonObject().getAsJsonArray("tokens")) {
			JsonObject word = token.getAsJsonObject();
			words.add(SearchAnalysisTests.word(word.get("token").getAsString(), word.get("position").getAsInt(),
					word.get("start_offset").getAsInt(), word.get("end_offset").getAsInt()));
		}
		return words;
	}

	private static List<String> refreshIntervals() throws Exception {
		String settings = send(
				HttpRequest.newBuilder(URI.create(openSearch.url() + INDEXES + "?include_defaults=true")));
		return REFRESH_INTERVAL.matcher(settings).results().map((interval) -> interval.group(1)).toList();
	}

	private static String send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as("OpenSearch's answer: %s", answer.body()).isEqualTo(200);
		return answer.body();
	}

}
