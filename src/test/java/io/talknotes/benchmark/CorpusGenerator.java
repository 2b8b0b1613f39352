package io.talknotes.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Fills the database with a realistic synthetic corpus by plain JDBC batches — the way a
 * bulk import by SQL does, so the search index only learns of it by mass indexing.
 * Conferences hold talks; each talk has companies, speakers and projects, a few quoted
 * figures and a skewed number of notes (about 60 on average, some with hundreds).
 * Deterministic for a given seed. The seeded KubeCon data stays as it is.
 */
final class CorpusGenerator {

	/** Notes per talk on average. */
	static final int NOTES_PER_TALK = 60;

	private static final int BATCH = 500;

	/** Rows per transaction: keeps the database's undo log small on big corpora. */
	private static final int COMMIT = 50_000;

	private static final String[] KINDS = { "TALK", "TALK", "TALK", "TALK", "PROJECT_UPDATE", "PANEL", "LIGHTNING_TALK",
			"WORKSHOP", "KEYNOTE" };

	private static final String[] SERIES = { "KubeCon + CloudNativeCon", "Cloud Native Summit", "SREcon",
			"Open Source Infra Days", "Platform Engineering Day", "Observability Forum" };

	private static final String[] CITIES = { "San Diego", "Barcelona", "Amsterdam", "Shanghai", "Chicago", "Paris",
			"Valencia", "Detroit", "Salt Lake City", "London", "Berlin", "Tokyo" };

	private final DataSource dataSource;

	private final Random random;

	private final NoteText text;

	private final Ids ids = new Ids();

	private long rows;

	CorpusGenerator(DataSource dataSource, long seed) {
		this.dataSource = dataSource;
		this.random = new Random(seed);
		this.text = new NoteText(new Vocabulary(seed, 8000, 1.05));
	}

	/**
	 * Writes a corpus of about {@code notes} notes.
	 * @return what was written
	 */
	Corpus generate(int notes) throws SQLException {
		List<Integer> notesPerTalk = notesPerTalk(notes);
		int talks = notesPerTalk.size();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			this.ids.read(connection);
			List<Long> companies = names(connection, "company", 300, this.ids.company);
			List<Long> projects = names(connection, "project", 150, this.ids.project);
			List<Long> speakers = speakers(connection, Math.max(100, talks / 2), companies);
			List<Long> conferences = conferences(connection, Math.max(2, talks / 150));
			long firstTalk = this.ids.talk + 1;
			talks(connection, talks, conferences);
			links(connection, firstTalk, talks, companies, projects, speakers);
			long figures = figures(connection, firstTalk, talks, companies);
			long chars = notes(connection, firstTalk, notesPerTalk);
			this.ids.restartIdentities(connection);
			connection.commit();
			return new Corpus(conferences.size(), talks, notes, chars, figures);
		}
	}

	/** A log-normal count per talk (median ~36, mean ~60), summing to {@code notes}. */
	private List<Integer> notesPerTalk(int notes) {
		List<Integer> counts = new ArrayList<>();
		int left = notes;
		while (left > 0) {
			int count = (int) Math.max(1, Math.round(Math.exp(3.6 + 1.0 * this.random.nextGaussian())));
			count = Math.min(count, left);
			counts.add(count);
			left -= count;
		}
		return counts;
	}

	private List<Long> names(Connection connection, String table, int count, long lastId) throws SQLException {
		List<Long> ids = existing(connection, table);
		String sql = "insert into " + table + " (id, slug, name) values (?, ?, ?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (int i = 1; i <= count; i++) {
				long id = lastId + i;
				String name = NoteText.capitalized(Vocabulary.madeUpWord(this.random)) + " "
						+ (table.equals("company") ? "Labs" : "DB");
				insert.setLong(1, id);
				insert.setString(2, "bench-" + table + "-" + i);
				insert.setString(3, name);
				add(insert);
				ids.add(id);
			}
			insert.executeBatch();
		}
		this.ids.advance(table, count);
		return ids;
	}

	private List<Long> speakers(Connection connection, int count, List<Long> companies) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement insert = connection
			.prepareStatement("insert into speaker (id, slug, name, company_id) values (?, ?, ?, ?)")) {
			for (int i = 1; i <= count; i++) {
				long id = this.ids.speaker + i;
				insert.setLong(1, id);
				insert.setString(2, "bench-speaker-" + i);
				insert.setString(3, NoteText.capitalized(Vocabulary.madeUpWord(this.random)) + " "
						+ NoteText.capitalized(Vocabulary.madeUpWord(this.random)));
				insert.setLong(4, skewed(companies));
				add(insert);
				ids.add(id);
			}
			insert.executeBatch();
		}
		this.ids.advance("speaker", count);
		return ids;
	}

	private List<Long> conferences(Connection connection, int count) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into conference (id, slug, name, edition, city, starts_on, ends_on) values (?, ?, ?, ?, ?, ?, ?)")) {
			for (int i = 1; i <= count; i++) {
				long id = this.ids.conference + i;
				String city = CITIES[i % CITIES.length];
				int year = 2015 + i % 10;
				LocalDate start = LocalDate.of(year, 1 + i % 12, 1 + i % 25);
				insert.setLong(1, id);
				insert.setString(2, "bench-conference-" + i);
				insert.setString(3, SERIES[i % SERIES.length] + " " + city + " " + year + " #" + i);
				insert.setString(4, city + " " + year);
				insert.setString(5, city);
				insert.setObject(6, start);
				insert.setObject(7, start.plusDays(3));
				add(insert);
				ids.add(id);
			}
			insert.executeBatch();
		}
		this.ids.advance("conference", count);
		return ids;
	}

	private void talks(Connection connection, int count, List<Long> conferences) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into talk (id, slug, conference_id, title, kind, abstract_text, attended, sort_order) "
						+ "values (?, ?, ?, ?, ?, ?, true, ?)")) {
			for (int i = 0; i < count; i++) {
				long id = this.ids.talk + 1 + i;
				insert.setLong(1, id);
				insert.setString(2, "bench-talk-" + (i + 1));
				insert.setLong(3, conferences.get((int) ((long) i * conferences.size() / count)));
				insert.setString(4, this.text.title(this.random));
				insert.setString(5, KINDS[this.random.nextInt(KINDS.length)]);
				insert.setString(6, this.random.nextBoolean() ? this.text.abstractText(this.random) : null);
				insert.setInt(7, i);
				add(insert);
			}
			insert.executeBatch();
		}
		this.ids.advance("talk", count);
	}

	private void links(Connection connection, long firstTalk, int talks, List<Long> companies, List<Long> projects,
			List<Long> speakers) throws SQLException {
		link(connection, "talk_company", "company_id", firstTalk, talks, companies, 2);
		link(connection, "talk_project", "project_id", firstTalk, talks, projects, 3);
		link(connection, "talk_speaker", "speaker_id", firstTalk, talks, speakers, 2);
	}

	private void link(Connection connection, String table, String column, long firstTalk, int talks, List<Long> pool,
			int most) throws SQLException {
		try (PreparedStatement insert = connection
			.prepareStatement("insert into " + table + " (talk_id, " + column + ") values (?, ?)")) {
			for (long talk = firstTalk; talk < firstTalk + talks; talk++) {
				Set<Long> chosen = new LinkedHashSet<>();
				int count = 1 + this.random.nextInt(most);
				while (chosen.size() < count) {
					chosen.add(skewed(pool));
				}
				for (long id : chosen) {
					insert.setLong(1, talk);
					insert.setLong(2, id);
					add(insert);
				}
			}
			insert.executeBatch();
		}
	}

	private long figures(Connection connection, long firstTalk, int talks, List<Long> companies) throws SQLException {
		long count = 0;
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into scale_metric (talk_id, company_id, subject, text_as_written, metric_value, unit, qualifier, sort_order) "
						+ "values (?, ?, ?, ?, ?, ?, 'AT_LEAST', ?)")) {
			for (long talk = firstTalk; talk < firstTalk + talks; talk++) {
				int figures = this.random.nextInt(3);
				for (int i = 1; i <= figures; i++) {
					int thousands = 1 + this.random.nextInt(900);
					insert.setLong(1, talk);
					insert.setLong(2, skewed(companies));
					insert.setString(3, NoteText.capitalized(this.text.title(this.random)));
					insert.setString(4, thousands + "K+ pods");
					insert.setLong(5, thousands * 1000L);
					insert.setString(6, "pods");
					insert.setInt(7, i);
					add(insert);
					count++;
				}
			}
			insert.executeBatch();
		}
		return count;
	}

	private long notes(Connection connection, long firstTalk, List<Integer> notesPerTalk) throws SQLException {
		long chars = 0;
		String[] authors = authors();
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into note (talk_id, body, author, created_at, updated_at, version) values (?, ?, ?, ?, ?, 0)")) {
			for (int t = 0; t < notesPerTalk.size(); t++) {
				OffsetDateTime at = OffsetDateTime.of(2019, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC).plusMinutes(t);
				for (int n = 0; n < notesPerTalk.get(t); n++) {
					String body = this.text.note(this.random);
					chars += body.length();
					insert.setLong(1, firstTalk + t);
					insert.setString(2, body);
					insert.setString(3, authors[(int) (authors.length * Math.pow(this.random.nextDouble(), 2))]);
					insert.setObject(4, at.plusSeconds(n));
					insert.setObject(5, at.plusSeconds(n));
					add(insert);
					if (this.rows % COMMIT == 0) {
						connection.commit();
					}
				}
			}
			insert.executeBatch();
		}
		return chars;
	}

	private String[] authors() {
		String[] authors = new String[200];
		for (int i = 0; i < authors.length; i++) {
			authors[i] = NoteText.capitalized(Vocabulary.madeUpWord(this.random)) + " "
					+ NoteText.capitalized(Vocabulary.madeUpWord(this.random));
		}
		authors[0] = "Corey Gale";
		return authors;
	}

	/** Picks from a pool, favouring its first entries (the seed's names come first). */
	private long skewed(List<Long> pool) {
		return pool.get((int) (pool.size() * Math.pow(this.random.nextDouble(), 2)));
	}

	/** Adds a row to the batch, sending the batch when full. */
	private void add(PreparedStatement insert) throws SQLException {
		insert.addBatch();
		if (++this.rows % BATCH == 0) {
			insert.executeBatch();
		}
	}

	private static List<Long> existing(Connection connection, String table) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id from " + table + " order by id")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		return ids;
	}

	/**
	 * What was written.
	 *
	 * @param conferences conferences added
	 * @param talks talks added
	 * @param notes notes added
	 * @param noteChars characters of note text added
	 * @param figures figures added
	 */
	record Corpus(int conferences, int talks, long notes, long noteChars, long figures) {

	}

}
