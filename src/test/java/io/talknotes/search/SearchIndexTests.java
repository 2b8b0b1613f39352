package io.talknotes.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.talknotes.note.Note;
import io.talknotes.system.TalknotesProperties;
import io.talknotes.talk.Talk;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index is rebuilt when it is missing or was built for another mapping, and only
 * then.
 */
@DataJpaTest
@Import({ SearchIndex.class, SearchIndexTests.Settings.class })
class SearchIndexTests {

	@Autowired
	private SearchIndex index;

	@Autowired
	private TalknotesProperties properties;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Path marker;

	@BeforeEach
	void clearMarker() throws Exception {
		// Each test starts from a built index with no rebuild under way (the context's
		// start may have begun one).
		this.index.rebuild().join();
		this.marker = this.properties.dataDir().resolve("index").resolve("talknotes-index.version");
		Files.deleteIfExists(this.marker);
	}

	@Test
	void aMissingIndexIsBuiltAndRecorded() throws Exception {
		this.index.buildIfStale();
		awaitReady();

		assertThat(this.index.rebuiltAtStart()).isTrue();
		assertThat(Files.readString(this.marker).strip()).isEqualTo(this.index.fingerprint());
	}

	@Test
	void anIndexBuiltForAnotherMappingIsRebuilt() throws Exception {
		Files.createDirectories(this.marker.getParent());
		Files.writeString(this.marker, "built-by-an-older-version\n");

		this.index.buildIfStale();
		awaitReady();

		assertThat(this.index.rebuiltAtStart()).isTrue();
	}

	@Test
	void anUpToDateIndexIsLeftAlone() throws Exception {
		Files.createDirectories(this.marker.getParent());
		Files.writeString(this.marker, this.index.fingerprint() + "\n");

		this.index.buildIfStale();

		assertThat(this.index.rebuiltAtStart()).isFalse();
		assertThat(this.index.status().isReady()).isTrue();
	}

	@Test
	void aRebuiltIndexAnswersAtOnceAndIsThenMergedIntoOneSegment() throws Exception {
		this.index.rebuild().join();
		assertThat(this.index.status().isReady()).isTrue();

		this.index.merged().join();
		for (Class<?> type : List.of(Talk.class, Note.class)) {
			try (IndexReader reader = Search.mapping(this.entityManagerFactory)
				.scope(type)
				.extension(LuceneExtension.get())
				.openIndexReader()) {
				assertThat(reader.leaves()).as(type.getSimpleName()).hasSize(1);
				assertThat(reader.numDocs()).as(type.getSimpleName()).isPositive();
			}
		}
	}

	@Test
	void theFingerprintIsStable() {
		assertThat(this.index.fingerprint()).isEqualTo(this.index.fingerprint()).hasSize(64);
	}

	private void awaitReady() throws InterruptedException {
		for (int i = 0; i < 600 && !this.index.status().isReady(); i++) {
			Thread.sleep(50);
		}
		assertThat(this.index.status().isReady()).as("index ready within 30 s").isTrue();
	}

	@TestConfiguration
	@EnableConfigurationProperties(TalknotesProperties.class)
	static class Settings {

	}

}
