package io.talknotes;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started from the beans and repositories worked out when it was built
 * ({@code -Dspring.aot.enabled=true}, the fast start the README and the Dockerfile give):
 * on the embedded default, and as a node of the cluster shape on PostgreSQL and
 * OpenSearch. Nothing in the build runs the application that way but this test.
 * <p>
 * The two tests run side by side: each mostly waits for its child JVMs to start.
 */
@Execution(ExecutionMode.CONCURRENT)
class AheadOfTimeIT {

	private static final List<String> AHEAD_OF_TIME = List.of("-Dspring.aot.enabled=true");

	private static final String TALK = "/talks/helm-3-deep-dive";

	@TempDir
	Path dataDir;

	@Test
	void startsFromWhatTheBuildWorkedOutAndKeepsANoteWrittenThereOverARestart() throws Exception {
		String word = uniqueWord();
		ChildApplication first = start(List.of("--talknotes.data-dir=" + this.dataDir), "first.log");
		try {
			assertThat(first.output()).contains("Starting AOT-processed TalknotesApplication");
			FormSession visitor = new FormSession(first.baseUrl());
			assertThat(visitor.get(TALK).body()).contains("Helm 3 Deep Dive");
			assertThat(visitor.get("/search?q=helm").body()).contains("<mark>Helm</mark>");
			writeNote(first, word);
			assertThat(awaitFound(first, word)).contains("Helm 3 Deep Dive");
		}
		finally {
			first.stop();
		}
		ChildApplication second = start(List.of("--talknotes.data-dir=" + this.dataDir), "second.log");
		try {
			assertThat(new FormSession(second.baseUrl()).get(TALK).body()).contains("A note on " + word);
			assertThat(awaitFound(second, word)).contains("Helm 3 Deep Dive");
		}
		finally {
			second.stop();
		}
	}

	@Test
	void startsFromWhatTheBuildWorkedOutAsAClusterNodeOnPostgresqlAndOpenSearch() throws Exception {
		String word = uniqueWord();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				OpenSearchInTests openSearch = OpenSearchInTests.start("talknotes-ahead-of-time")) {
			ChildApplication node = start(List.of("--talknotes.data-dir=" + this.dataDir,
					"--spring.profiles.active=postgres,opensearch",
					"--TALKNOTES_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"), "--TALKNOTES_DB_USER=postgres",
					"--TALKNOTES_DB_PASSWORD=postgres", "--TALKNOTES_SEARCH_URL=" + openSearch.url()), "node.log");
			try {
				assertThat(node.output()).contains("Starting AOT-processed TalknotesApplication")
					.contains("The following 2 profiles are active: \"postgres\", \"opensearch\"");
				assertThat(awaitFound(node, "helm")).contains("<mark>Helm</mark>");
				writeNote(node, word);
				assertThat(awaitFound(node, word)).contains("Helm 3 Deep Dive");
				// Indexed through the database's queue, as the nodes of a cluster share
				// it.
				assertThat(new JdbcTemplate(postgres.getPostgresDatabase())
					.queryForObject("select count(*) from hsearch_agent where state = 'RUNNING'", Integer.class))
					.isPositive();
			}
			finally {
				node.stop();
			}
		}
	}

	private ChildApplication start(List<String> arguments, String log) throws IOException, InterruptedException {
		return ChildApplication.startJar(ChildApplication.packagedJar(), AHEAD_OF_TIME,
				Stream
					.concat(arguments.stream(), Stream.of("--talknotes.admin.password=" + TestAccounts.ADMIN_PASSWORD))
					.toList(),
				this.dataDir.resolve(log));
	}

	private static void writeNote(ChildApplication app, String word) throws IOException, InterruptedException {
		FormSession editor = new FormSession(app.baseUrl());
		editor.logIn("admin", TestAccounts.ADMIN_PASSWORD);
		HttpResponse<String> saved = editor.post(TALK, TALK + "/notes",
				Map.of("body", "A note on " + word + " before a restart", "author", "Ada"));
		assertThat(saved.statusCode()).as("the note is saved and the page shown again").isEqualTo(302);
	}

	/** The results page once the word is found: the index catches up with a write. */
	private static String awaitFound(ChildApplication app, String word) throws IOException, InterruptedException {
		FormSession visitor = new FormSession(app.baseUrl());
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		String page = visitor.get("/search?q=" + word).body();
		while (!page.contains("<mark>") && System.nanoTime() < deadline) {
			Thread.sleep(200);
			page = visitor.get("/search?q=" + word).body();
		}
		return page;
	}

	private static String uniqueWord() {
		return "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
	}

}
