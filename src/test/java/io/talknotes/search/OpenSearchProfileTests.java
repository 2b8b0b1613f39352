package io.talknotes.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import io.talknotes.note.Note;
import io.talknotes.system.TalknotesProperties;
import io.talknotes.system.TextAnalysis;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code opensearch} profile starts Hibernate Search on its Elasticsearch backend
 * with nothing Lucene-only mapped, searches through the query language, and defines the
 * analysis the Lucene index has. No server is contacted: the schema is only exported.
 */
@DataJpaTest
@ActiveProfiles("opensearch")
@TestPropertySource(properties = { "spring.jpa.properties.hibernate.search.backend.uris=http://127.0.0.1:9",
		"spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
		"spring.jpa.properties.hibernate.search.schema_management.strategy=none",
		"spring.jpa.properties.hibernate.search.backend.directory.type=" })
@Import({ TalkSearchConfiguration.class, SearchIndex.class, OpenSearchProfileTests.Settings.class })
class OpenSearchProfileTests {

	private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private TalkSearch search;

	@Test
	void runsOnTheElasticsearchBackendThroughTheQueryLanguage() {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);

		assertThat(mapping.backend().unwrap(ElasticsearchBackend.class)).isNotNull();
		assertThat(this.search).isInstanceOf(DslTalkSearch.class);
	}

	@Test
	void keepsTheTextOfNotesForPassagesAsAnalysedText() {
		IndexValueFieldTypeDescriptor passage = Search.mapping(this.entityManagerFactory)
			.indexedEntity(Note.class)
			.indexManager()
			.descriptor()
			.field(PassageTextBinder.FIELD)
			.orElseThrow()
			.toValueField()
			.type();

		assertThat(passage.searchable()).isTrue();
		assertThat(passage.projectable()).isTrue();
		assertThat(passage.analyzerName()).contains(TextAnalysis.ENGLISH);
	}

	@Test
	void definesTheAnalysisOfTheLuceneIndex(@TempDir Path schema) throws IOException {
		Search.mapping(this.entityManagerFactory).scope(Object.class).schemaManager().exportExpectedSchema(schema);

		String talks = read(schema, "talks");
		assertThat(talks).contains("\"type\":\"word_delimiter_graph\"", "\"preserve_original\":true",
				"\"split_on_case_change\":false", "\"split_on_numerics\":false", "\"language\":\"possessive_english\"",
				"\"mappings\":[\"\u2019=>'\",\"\u2018=>'\",\"`=>'\",\"\u00B4=>'\"]");
		assertThat(talks).contains(
				"\"" + TextAnalysis.ENGLISH + "\":{\"type\":\"custom\",\"tokenizer\":\"standard\","
						+ "\"filter\":[\"talknotes_joined_words\",\"flatten_graph\",\"talknotes_english_possessive\","
						+ "\"lowercase\",\"asciifolding\",\"kstem\"],\"char_filter\":[\"talknotes_apostrophes\"]}",
				"\"" + TextAnalysis.ENGLISH_QUERY + "\":{\"type\":\"custom\",\"tokenizer\":\"standard\","
						+ "\"filter\":[\"talknotes_english_possessive\",\"lowercase\",\"asciifolding\",\"kstem\"],"
						+ "\"char_filter\":[\"talknotes_apostrophes\"]}");
	}

	@Test
	void fingerprintsWhatEachIndexIsCreatedWithOnTheCluster() {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		Map<String, JsonObject> schemas = IndexGenerations.schemas(mapping);

		assertThat(schemas).containsOnlyKeys("notes", "talks");
		assertThat(schemas.get("talks").getAsJsonObject("mappings").get("_source"))
			.as("what a talk's document keeps: not the text and authors of every note")
			.hasToString("{\"excludes\":[\"noteText\",\"notes\"]}");
		assertThat(schemas.get("notes").getAsJsonObject("mappings").has("_source")).isFalse();
		assertThat(schemas.values()).allSatisfy((schema) -> assertThat(schema.has("aliases")).isFalse());
		assertThat(IndexFingerprint.schemas(mapping)).contains("schema talks ", "\"excludes\":[\"noteText\",\"notes\"]",
				"\"refresh_interval\":\"200ms\"");
		assertThat(IndexFingerprint.of(mapping, this.entityManagerFactory.getProperties()))
			.isEqualTo(IndexFingerprint.of(mapping, this.entityManagerFactory.getProperties()));
	}

	private static String read(Path schema, String index) throws IOException {
		try (Stream<Path> files = Files.walk(schema)) {
			StringBuilder all = new StringBuilder();
			for (Path file : files.filter(Files::isRegularFile)
				.filter((file) -> file.toString().contains(index))
				.toList()) {
				all.append(Files.readString(file));
			}
			// JSON as written escapes some characters: =, > and '.
			return UNICODE_ESCAPE.matcher(all.toString().replaceAll("\\s+", ""))
				.replaceAll((escape) -> String.valueOf((char) Integer.parseInt(escape.group(1), 16)));
		}
	}

	@TestConfiguration
	@EnableConfigurationProperties(TalknotesProperties.class)
	static class Settings {

	}

}
