package io.talknotes.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nodes sharing one search index and one database agree on who builds it: two nodes
 * starting at once with a mapping the index was not built for, each with connections of
 * its own, rebuild it once — the other waits for that rebuild and then finds the index
 * current. Run on PostgreSQL and on H2, whose lock timeout the waiting node outlasts.
 */
class SharedIndexBuildTests {

	private static final long REBUILD_MILLIS = 1500;

	@Test
	void twoNodesStartingAtOnceOnPostgresqlRebuildOnce() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			migrate(url, "postgres", "postgres");
			twoNodesRebuildOnce(node(url, "postgres", "postgres"), node(url, "postgres", "postgres"));
		}
	}

	@Test
	void twoNodesStartingAtOnceOnH2RebuildOnce() throws Exception {
		// A lock timeout far shorter than the rebuild: the waiting node asks again.
		String url = "jdbc:h2:mem:shared-index-build;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=300";
		migrate(url, "sa", "");
		twoNodesRebuildOnce(node(url, "sa", ""), node(url, "sa", ""));
	}

	@Test
	void aRebuildThatFailsIsNotRecordedAndTheNextNodeRebuilds() {
		String url = "jdbc:h2:mem:shared-index-failed-build;DB_CLOSE_DELAY=-1";
		migrate(url, "sa", "");
		SharedIndexBuild first = new SharedIndexBuild(node(url, "sa", ""), "first");
		SharedIndexBuild second = new SharedIndexBuild(node(url, "sa", ""), "second");

		assertThatThrownBy(() -> first.buildIfStale("mapping-1", () -> {
		}, () -> {
			throw new IllegalStateException("the search cluster went away");
		})).hasMessageContaining("went away");

		assertThat(first.recorded()).isNull();
		assertThat(second.buildIfStale("mapping-1", () -> {
		}, () -> {
		})).isTrue();
		assertThat(second.recorded()).isEqualTo("mapping-1");
	}

	private void twoNodesRebuildOnce(DataSource a, DataSource b) throws Exception {
		List<String> rebuilds = new CopyOnWriteArrayList<>();
		long[] rebuildEnded = new long[1];
		SharedIndexBuild nodeA = new SharedIndexBuild(a, "node-a");
		SharedIndexBuild nodeB = new SharedIndexBuild(b, "node-b");
		CountDownLatch start = new CountDownLatch(1);
		List<String> schemaUpdates = new CopyOnWriteArrayList<>();

		CompletableFuture<Started> startA = startAt(start, nodeA, "node-a", schemaUpdates, rebuilds, rebuildEnded);
		CompletableFuture<Started> startB = startAt(start, nodeB, "node-b", schemaUpdates, rebuilds, rebuildEnded);
		start.countDown();
		Started startedA = startA.join();
		Started startedB = startB.join();

		assertThat(rebuilds).as("nodes that rebuilt, creating the indexes").hasSize(1);
		Started waited = startedA.rebuilt() ? startedB : startedA;
		assertThat(startedA.rebuilt()).isNotEqualTo(startedB.rebuilt());
		assertThat(schemaUpdates).as("nodes that found the indexes current and updated their settings")
			.containsExactly(startedA.rebuilt() ? "node-b" : "node-a");
		assertThat(waited.finishedAt()).as("the other node went on only once the rebuild was done")
			.isGreaterThanOrEqualTo(rebuildEnded[0]);
		assertThat(nodeA.recorded()).isEqualTo("mapping-2");

		assertThat(nodeB.buildIfStale("mapping-2", () -> {
		}, () -> rebuilds.add("node-b again"))).as("a node started later finds the index current").isFalse();
		assertThat(nodeA.buildIfStale("mapping-3", () -> {
		}, () -> rebuilds.add("node-a for mapping-3"))).as("a new mapping is built again").isTrue();
		assertThat(rebuilds).hasSize(2);
	}

	private static CompletableFuture<Started> startAt(CountDownLatch start, SharedIndexBuild node, String name,
			List<String> schemaUpdates, List<String> rebuilds, long[] rebuildEnded) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
			boolean rebuilt = node.buildIfStale("mapping-2", () -> schemaUpdates.add(name), () -> {
				rebuilds.add(name);
				sleep(REBUILD_MILLIS);
				rebuildEnded[0] = System.nanoTime();
			});
			return new Started(rebuilt, System.nanoTime());
		});
	}

	private static DataSource node(String url, String user, String password) {
		return new DriverManagerDataSource(url, user, password);
	}

	private static void migrate(String url, String user, String password) {
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Started(boolean rebuilt, long finishedAt) {
	}

}
