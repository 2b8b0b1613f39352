package io.talknotes.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.talknotes.ChildApplication;
import io.talknotes.FormSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A note the application confirmed survives {@code kill -9} of its JVM at any moment, and
 * search never finds a note the database does not hold. The application runs in a JVM of
 * its own and is killed in the middle of a burst of notes, two rounds on the same data;
 * after each restart the database is asked for every note, and search for every note the
 * database does not hold.
 */
class KillNineDurabilityTests {

	/**
	 * Two rounds: the second kills an application that started on data a kill left
	 * behind, and recovered it. Each round costs a start of a JVM, about 15 s of the
	 * build.
	 */
	private static final int ROUNDS = 2;

	private static final String PASSWORD = "kill-nine-" + UUID.randomUUID();

	private static final Pattern WORD = Pattern.compile(Pattern.quote(NoteBurst.PREFIX) + "(\\w+)");

	/**
	 * The embedded database and PostgreSQL side by side: most of a round is waiting, for
	 * a JVM to start or a burst to run, so the two together take little longer than one.
	 */
	@Test
	void confirmedNotesSurviveKillNineOnTheEmbeddedDatabaseAndOnPostgresql(@TempDir Path dataDir) throws Exception {
		ExecutorService databases = Executors.newFixedThreadPool(2);
		try {
			Future<Tally> h2 = databases.submit(() -> onTheEmbeddedDatabase(dataDir.resolve("h2")));
			Future<Tally> postgresql = databases.submit(() -> onPostgresql(dataDir.resolve("postgresql")));
			List<Tally> tallies = new ArrayList<>();
			Exception failed = null;
			for (Future<Tally> database : List.of(h2, postgresql)) {
				try {
					tallies.add(database.get());
				}
				catch (ExecutionException ex) {
					Exception cause = (ex.getCause() instanceof Exception exception) ? exception : ex;
					if (failed == null) {
						failed = cause;
					}
					else {
						failed.addSuppressed(cause);
					}
				}
			}
			if (failed != null) {
				throw failed;
			}
			tallies.forEach(Tally::assertNothingLost);
		}
		finally {
			databases.shutdownNow();
		}
	}

	private Tally onTheEmbeddedDatabase(Path dataDir) throws Exception {
		String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("talknotes");
		return killRounds("H2", dataDir, List.of("--talknotes.data-dir=" + dataDir),
				() -> DriverManager.getConnection(url, "sa", ""));
	}

	private Tally onPostgresql(Path dataDir) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			return killRounds("PostgreSQL", dataDir,
					List.of("--talknotes.data-dir=" + dataDir, "--spring.profiles.active=postgres",
							"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
							"--spring.datasource.password=postgres"),
					() -> DriverManager.getConnection(url, "postgres", "postgres"));
		}
	}

	private Tally killRounds(String database, Path dataDir, List<String> settings, Database db) throws Exception {
		List<String> arguments = new ArrayList<>(settings);
		arguments.add("--talknotes.admin.password=" + PASSWORD);
		Files.createDirectories(dataDir);
		Path log = dataDir.resolve("application.log");
		Tally tally = new Tally(database);
		ChildApplication app = ChildApplication.start(arguments, log);
		try {
			for (int round = 1; round <= ROUNDS; round++) {
				NoteBurst burst = new NoteBurst();
				burst.runAndKill(app, 1500 + 500L * round, PASSWORD);
				Set<String> held = notesIn(db);
				app = ChildApplication.start(arguments, log);
				tally.count(burst, held, new FormSession(app.baseUrl()));
			}
		}
		catch (Exception | AssertionError ex) {
			keep(log, database);
			throw ex;
		}
		finally {
			app.stop();
		}
		System.out.println(tally);
		assertThat(app.output()).as("each start after a kill reconciles the search index")
			.containsPattern("(?s)(Search index reconciled after an unclean stop.*){" + ROUNDS + "}");
		return tally;
	}

	/**
	 * Keeps the application's log of a failed run beside the test reports, to read why.
	 */
	private static void keep(Path log, String database) throws IOException {
		if (Files.exists(log)) {
			Path kept = Path.of("target", "kill-nine", database.replaceAll("\\W+", "-") + ".log");
			Files.createDirectories(kept.getParent());
			Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING);
			System.out.println("The application's log of the failed run: " + kept.toAbsolutePath());
		}
	}

	private static Set<String> notesIn(Database db) throws SQLException {
		Set<String> words = new HashSet<>();
		try (Connection connection = db.connect();
				PreparedStatement query = connection.prepareStatement("select body from note where body like ?")) {
			query.setString(1, NoteBurst.PREFIX + "%");
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					Matcher matcher = WORD.matcher(rows.getString(1));
					if (matcher.find()) {
						words.add(matcher.group(1));
					}
				}
			}
		}
		return words;
	}

	@FunctionalInterface
	private interface Database {

		Connection connect() throws SQLException;

	}

	/** The figures over all rounds. */
	private static final class Tally {

		private static final Pattern HIT = Pattern.compile("<li class=\"hit\"");

		private final String database;

		private int rounds;

		private int confirmed;

		private int lost;

		private int ghostHits;

		private int searchedHeld;

		private int unfindable;

		Tally(String database) {
			this.database = database;
		}

		void count(NoteBurst burst, Set<String> held, FormSession visitor) throws Exception {
			this.rounds++;
			this.confirmed += burst.confirmed.size();
			this.lost += (int) burst.confirmed.stream().filter((word) -> !held.contains(word)).count();
			for (String word : burst.attempted) {
				boolean inDatabase = held.contains(word);
				// Every note the database lacks, and the ones it holds that were still
				// unconfirmed when the application died: committed, perhaps not indexed.
				if (!inDatabase) {
					this.ghostHits += hits(visitor, word);
				}
				else if (!burst.confirmed.contains(word)) {
					this.searchedHeld++;
					this.unfindable += (hits(visitor, word) == 0) ? 1 : 0;
				}
			}
		}

		private static int hits(FormSession visitor, String word) throws Exception {
			String page = visitor.get("/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).body();
			return (int) HIT.matcher(page).results().count();
		}

		void assertNothingLost() {
			assertThat(this.lost).as("confirmed notes lost: %s", this).isZero();
			assertThat(this.ghostHits).as("search hits for notes the database lacks: %s", this).isZero();
			assertThat(this.unfindable).as("notes held but not found: %s", this).isZero();
			assertThat(this.confirmed).as("notes confirmed: %s", this).isGreaterThanOrEqualTo(10 * this.rounds);
		}

		@Override
		public String toString() {
			return "Kill -9 on %s: %d rounds, %d notes confirmed, %d lost, %d ghost search hits, %d of %d unconfirmed notes in the database not found"
				.formatted(this.database, this.rounds, this.confirmed, this.lost, this.ghostHits, this.unfindable,
						this.searchedHeld);
		}

	}

}
