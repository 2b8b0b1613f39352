package io.talknotes.search;

import java.io.IOException;

import io.talknotes.OpenSearchInTests;
import jakarta.persistence.EntityManagerFactory;
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

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void isTheSearchThroughTheQueryLanguageOnOpenSearch() {
		assertThat(this.search).isInstanceOf(DslTalkSearch.class);
		assertThat(Search.mapping(this.entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)).isNotNull();
	}

}
