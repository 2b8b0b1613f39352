package io.talknotes.search;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;

import jakarta.persistence.EntityManagerFactory;
import org.codelibs.opensearch.runner.OpenSearchRunner;
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

	private static OpenSearchRunner openSearch;

	private static int port;

	@Autowired
	private TalkSearch search;

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) throws IOException {
		start();
		registry.add("spring.jpa.properties.hibernate.search.backend.uris", () -> "http://127.0.0.1:" + port);
	}

	private static synchronized void start() throws IOException {
		if (openSearch != null) {
			return;
		}
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		openSearch = new OpenSearchRunner();
		openSearch.setMaxHttpPort(port);
		openSearch.onBuild((number, settings) -> settings.put("network.host", "127.0.0.1"))
			.build(OpenSearchRunner.newConfigs()
				.clusterName("talknotes-tests")
				.numOfNode(1)
				.baseHttpPort(port - 1)
				.basePath(Files.createTempDirectory("opensearch").toString())
				.disableESLogger());
		openSearch.ensureYellow();
	}

	@AfterAll
	static void stop() throws IOException {
		if (openSearch != null) {
			openSearch.close();
			openSearch.clean();
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
