package io.talknotes.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.WebSession;
import io.talknotes.note.NoteForm;
import io.talknotes.note.NoteService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code talknotes.search.coordination=outbox-polling} a write is queued in the
 * database with the data and indexed shortly after by the node its shard belongs to. The
 * application starts with the outbox's tables as the migrations create them (the schema
 * is validated), on H2 and on PostgreSQL, and a note written is found once the queue is
 * processed.
 */
class OutboxCoordinationTests {

	private static final String TALK = "helm-3-deep-dive";

	@Test
	void writesReachTheIndexThroughTheOutboxOnH2(@TempDir Path dataDir) throws Exception {
		aNoteIsFoundOnceTheOutboxIsProcessed(arguments(dataDir));
	}

	@Test
	void writesReachTheIndexThroughTheOutboxOnPostgresql(@TempDir Path dataDir) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			List<String> arguments = arguments(dataDir);
			arguments.addAll(List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
			aNoteIsFoundOnceTheOutboxIsProcessed(arguments);
		}
	}

	private static List<String> arguments(Path dataDir) {
		return new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--talknotes.data-dir=" + dataDir, "--talknotes.search.coordination=outbox-polling"));
	}

	private void aNoteIsFoundOnceTheOutboxIsProcessed(List<String> arguments) throws Exception {
		try (RunningApplication app = RunningApplication.start(arguments)) {
			TestAccounts.create(app);
			JdbcTemplate jdbc = new JdbcTemplate(app.bean(DataSource.class));
			WebSession visitor = WebSession.visitor(app);

			app.bean(NoteService.class).add(TALK, new NoteForm("Queued in the outbox: zqparcel"), TestAccounts.EDITOR);

			assertThat(awaitFound(visitor, "zqparcel")).as("the note found within 10 s").contains("1 talk found");
			assertThat(jdbc.queryForObject("select count(*) from hsearch_agent", Long.class))
				.as("this node's event processor, registered in the database")
				.isPositive();
			assertThat(awaitQueueEmpty(jdbc)).as("events left in the queue after 10 s").isZero();
		}
	}

	/** The events still queued, once none are or after 10 s: they go once indexed. */
	private static long awaitQueueEmpty(JdbcTemplate jdbc) throws InterruptedException {
		long queued = -1;
		for (int i = 0; i < 100 && queued != 0; i++) {
			Thread.sleep((queued < 0) ? 0 : 100);
			queued = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
		}
		return queued;
	}

	private static String awaitFound(WebSession visitor, String word) throws InterruptedException {
		String page = "";
		for (int i = 0; i < 100; i++) {
			page = visitor.get("/search?q=" + word).body();
			if (page.contains("1 talk found")) {
				return page;
			}
			Thread.sleep(100);
		}
		return page;
	}

}
