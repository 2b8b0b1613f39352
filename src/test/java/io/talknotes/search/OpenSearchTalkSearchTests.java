package io.talknotes.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.talknotes.OpenSearchInTests;
import io.talknotes.system.TextAnalysis;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.schema.management.SearchSchemaManager;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * The search tests through the query language of Hibernate Search on a real OpenSearch
 * 2.19, started in this JVM from Maven artifacts, with the {@code opensearch} profile.
 * The profile has the indexes refreshed every 200 ms (OpenSearch's default is once a
 * second), so that a note written on one node is soon found on every other. A rebuild
 * fills a new generation of the indexes while searches read the one before
 * ({@link IndexGenerations}).
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

	@Autowired
	private SearchIndex index;

	@Autowired
	private DataSource dataSource;

	@Test
	void isTheSearchThroughTheQueryLanguageOnOpenSearch() {
		assertThat(this.search).isInstanceOf(DslTalkSearch.class);
		assertThat(Search.mapping(this.entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)).isNotNull();
	}

	@Test
	void refreshesTheIndexesEvery200MillisecondsAlsoOnesMadeBeforeTheSetting() throws Exception {
		assertThat(refreshIntervals()).as("as the profile's index settings say").containsExactly("200ms", "200ms");
		// Indexes whose settings were changed by hand: a node finding them current puts
		// the profile's settings back (create-or-update, which SearchIndex runs at start
		// under the database lock).
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

	@Test
	void fillsANewGenerationOfTheIndexesWhileSearchesReadTheOneBefore() throws Exception {
		String talks = indexNamedBy("talks-read");
		String notes = indexNamedBy("notes-read");
		long documents = count("talks-read") + count("notes-read");
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		IndexGenerations generations = IndexGenerations.of(mapping);
		List<String> whileFilling = new ArrayList<>();

		List<String> former = generations.build(() -> {
			try {
				whileFilling.add(indexNamedBy("talks-read"));
				whileFilling.add(indexNamedBy("talks-write"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			assertThat(this.search.search(SearchRequest.of("tiller")).total())
				.as("talks found in the generation before while the new one is empty")
				.isPositive();
			massIndex(mapping);
		});

		assertThat(whileFilling).containsExactly(talks, generationAfter(talks));
		assertThat(indexNamedBy("talks-read")).isEqualTo(generationAfter(talks));
		assertThat(indexNamedBy("notes-read")).isEqualTo(generationAfter(notes));
		assertThat(count("talks-read") + count("notes-read")).as("documents in the new generation")
			.isEqualTo(documents);
		assertThat(this.search.search(SearchRequest.of("tiller")).total()).isPositive();
		assertThat(former).containsExactlyInAnyOrder(talks, notes);
		assertThat(exists(talks)).as("the former generation, kept for searches under way").isTrue();

		generations.delete(former);

		assertThat(exists(talks)).isFalse();
		assertThat(exists(notes)).isFalse();
	}

	@Test
	void aBuildThatFailsLeavesTheIndexesAsTheyWere() throws Exception {
		String talks = indexNamedBy("talks-read");
		String notes = indexNamedBy("notes-read");
		IndexGenerations generations = IndexGenerations.of(Search.mapping(this.entityManagerFactory));

		assertThatIllegalStateException().isThrownBy(() -> generations.build(() -> {
			throw new IllegalStateException("the database went away");
		})).withMessage("the database went away");

		assertThat(List.of(indexNamedBy("talks-read"), indexNamedBy("talks-write"), indexNamedBy("notes-read"),
				indexNamedBy("notes-write")))
			.containsExactly(talks, talks, notes, notes);
		assertThat(exists(generationAfter(talks))).as("the generation the build made").isFalse();
		assertThat(exists(generationAfter(notes))).isFalse();
		assertThat(this.search.search(SearchRequest.of("tiller")).total()).isPositive();
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void buildsANewGenerationForAMappingTheIndexCannotTakeInPlace() throws Exception {
		String talks = indexNamedBy("talks-read");
		String notes = indexNamedBy("notes-read");
		// An earlier version's talks index, in which a title was one keyword: Hibernate
		// Search cannot change the type of a field of an index.
		send(json("PUT", "/talks-000041", "{\"mappings\":{\"properties\":{\"title\":{\"type\":\"keyword\"}}}}"));
		moveAlias("talks-read", talks, "talks-000041");
		moveAlias("talks-write", talks, "talks-000041");
		SearchSchemaManager schema = Search.mapping(this.entityManagerFactory).scope(Object.class).schemaManager();
		assertThatExceptionOfType(SearchException.class).as("updating the index in place")
			.isThrownBy(schema::createOrUpdate);
		// A node that died while building left the generation it was writing.
		moveAlias("talks-write", "talks-000041", talks);
		new JdbcTemplate(this.dataSource).update("update search_index_build set fingerprint = 'an earlier mapping'");

		this.index.buildSharedIfStale();

		assertThat(this.index.status()).isEqualTo(IndexStatus.ready());
		assertThat(indexNamedBy("talks-read")).isEqualTo("talks-000042");
		assertThat(indexNamedBy("notes-read")).isEqualTo(generationAfter(notes));
		assertThat(this.search.search(SearchRequest.of("helm 3")).hits().get(0).title()).isEqualTo("Helm 3 Deep Dive");
		assertThat(new SharedIndexBuild(this.dataSource).recorded()).isEqualTo(this.index.fingerprint());
		assertThat(exists(talks)).as("the generation the build that did not finish left").isFalse();
		assertThat(indexNamedBy("talks-write")).isEqualTo("talks-000042");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(exists("talks-000041") || exists(notes))
				.as("the generations searches read before, a little later")
				.isFalse());
	}

	@Test
	void leavesTheTextAndAuthorsOfAllNotesOutOfWhatATalksDocumentKeeps() throws Exception {
		JsonObject answer = JsonParser
			.parseString(send(json("POST", "/talks-read/_search", "{\"size\":100,\"query\":{\"match_all\":{}}}")))
			.getAsJsonObject();
		List<JsonObject> sources = new ArrayList<>();
		answer.getAsJsonObject("hits")
			.getAsJsonArray("hits")
			.forEach((hit) -> sources.add(hit.getAsJsonObject().getAsJsonObject("_source")));

		assertThat(sources).isNotEmpty().allSatisfy((source) -> {
			assertThat(source.has("title")).isTrue();
			assertThat(source.has("noteText")).isFalse();
			assertThat(source.has("notes")).isFalse();
		});
		assertThat(this.search.search(SearchRequest.of("tiller")).hits()).as("found by the text of a note")
			.extracting(TalkHit::title)
			.contains("Helm 3 Deep Dive");
	}

	private static void massIndex(SearchMapping mapping) {
		try {
			mapping.scope(Object.class)
				.massIndexer()
				.purgeAllOnStart(false)
				.dropAndCreateSchemaOnStart(false)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void moveAlias(String alias, String from, String to) throws Exception {
		send(json("POST", "/_aliases", "{\"actions\":[{\"remove\":{\"index\":\"" + from + "\",\"alias\":\"" + alias
				+ "\"}},{\"add\":{\"index\":\"" + to + "\",\"alias\":\"" + alias + "\"}}]}"));
	}

	private static String generationAfter(String index) {
		int dash = index.lastIndexOf('-');
		return index.substring(0, dash + 1) + "%06d".formatted(Integer.parseInt(index.substring(dash + 1)) + 1);
	}

	/** The one index an alias names. */
	private static String indexNamedBy(String alias) throws Exception {
		JsonObject indexes = JsonParser
			.parseString(send(HttpRequest.newBuilder(URI.create(openSearch.url() + "/_alias/" + alias))))
			.getAsJsonObject();
		assertThat(indexes.keySet()).as("indexes named by %s", alias).hasSize(1);
		return indexes.keySet().iterator().next();
	}

	private static long count(String index) throws Exception {
		return JsonParser
			.parseString(send(HttpRequest.newBuilder(URI.create(openSearch.url() + "/" + index + "/_count"))))
			.getAsJsonObject()
			.get("count")
			.getAsLong();
	}

	private static boolean exists(String index) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(openSearch.url() + "/" + index))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode() == 200;
	}

	private static HttpRequest.Builder json(String method, String path, String body) {
		return HttpRequest.newBuilder(URI.create(openSearch.url() + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
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
