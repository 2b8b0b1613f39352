package io.talknotes.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import javax.sql.DataSource;

import io.talknotes.system.TalknotesProperties;
import io.talknotes.talk.Talk;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nodes sharing one index and one database, started in one JVM on the same index: when
 * the database says the index was built for another mapping, the nodes starting at once
 * rebuild it once between them, the others wait with their health out of service, and the
 * index is written over in place, never dropped.
 */
@DataJpaTest
@Import(SharedSearchIndexTests.Settings.class)
// The nodes read and lock the build's row in transactions of their own.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SharedSearchIndexTests {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private TalknotesProperties properties;

	@Test
	void twoNodesStartingAtOnceRebuildAStaleSharedIndexOnce() throws Exception {
		recordBuiltFor("an-older-mapping");
		SearchIndex nodeA = node();
		SearchIndex nodeB = node();

		nodeA.buildIfStale();
		nodeB.buildIfStale();
		awaitReady(nodeA);
		awaitReady(nodeB);

		assertThat(List.of(nodeA.rebuiltAtStart(), nodeB.rebuiltAtStart())).containsExactlyInAnyOrder(true, false);
		assertThat(new SharedIndexBuild(this.dataSource).recorded()).isEqualTo(nodeA.fingerprint());
		assertThat(talksFound()).as("every talk once: written over in place, not added twice").isEqualTo(14);
		SearchIndex later = node();
		later.buildIfStale();
		awaitReady(later);
		assertThat(later.rebuiltAtStart()).as("a node started later").isFalse();
	}

	@Test
	void aNodeIsNotReadyWhileAnotherHoldsTheBuild() throws Exception {
		SearchIndex built = node();
		recordBuiltFor(built.fingerprint());
		SearchIndex waiting = node();
		SearchHealthIndicator health = new SearchHealthIndicator(waiting);

		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement lock = other
				.prepareStatement("select fingerprint from search_index_build where name = 'shared' for update");
					ResultSet row = lock.executeQuery()) {
				assertThat(row.next()).isTrue();
			}
			waiting.buildIfStale();
			Thread.sleep(1500);
			assertThat(waiting.status().isReady()).isFalse();
			assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			other.commit();
		}
		awaitReady(waiting);
		assertThat(waiting.rebuiltAtStart()).isFalse();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	private SearchIndex node() {
		return new SearchIndex(this.entityManagerFactory, this.dataSource, this.properties, true);
	}

	private void recordBuiltFor(String fingerprint) {
		new JdbcTemplate(this.dataSource).update("update search_index_build set fingerprint = ? where name = 'shared'",
				fingerprint);
	}

	private long talksFound() {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			return Search.session(entityManager).search(Talk.class).where((f) -> f.matchAll()).fetchTotalHitCount();
		}
		finally {
			entityManager.close();
		}
	}

	private static void awaitReady(SearchIndex index) throws InterruptedException {
		for (int i = 0; i < 600 && !index.status().isReady(); i++) {
			Thread.sleep(50);
		}
		assertThat(index.status().isReady()).as("ready within 30 s, status " + index.status()).isTrue();
	}

	@TestConfiguration
	@EnableConfigurationProperties(TalknotesProperties.class)
	static class Settings {

	}

}
