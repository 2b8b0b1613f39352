package io.talknotes.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What an import left in the database, read by SQL beside the running application: how
 * many talks a conference has, the speakers and companies they name, and a digest of
 * every row an import writes, to tell that an import changed nothing.
 */
final class ImportedRows {

	/** Every column of a talk an import writes, and how many speakers and companies. */
	private static final String TALKS = """
			select t.id, t.slug, t.title, t.subtitle, t.kind, t.track, t.room, t.starts_at, t.ends_at,
			t.abstract_text, t.description, t.cancelled, t.attended, t.sort_order, t.import_uid, t.schedule_url,
			t.slides_url, t.video_url,
			(select count(*) from talk_speaker ts where ts.talk_id = t.id),
			(select count(*) from talk_company tc where tc.talk_id = t.id)
			from talk t join conference c on c.id = t.conference_id where c.slug = ? order by t.id""";

	private static final String TOTALS = """
			select (select count(*) from talk), (select count(*) from speaker), (select count(*) from company),
			(select count(*) from former_slug), (select count(*) from talk_speaker), (select count(*) from talk_company),
			(select max(id) from speaker), (select max(id) from company)""";

	private final JdbcTemplate jdbc;

	ImportedRows(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** The conference's talks, cancelled or not. */
	int talks(String conference, boolean cancelled) {
		return count("select count(*) from talk t join conference c on c.id = t.conference_id"
				+ " where c.slug = ? and t.cancelled = ?", conference, cancelled);
	}

	/** The speakers the conference's talks name. */
	int speakers(String conference) {
		return count("select count(distinct ts.speaker_id) from talk_speaker ts join talk t on t.id = ts.talk_id"
				+ " join conference c on c.id = t.conference_id where c.slug = ?", conference);
	}

	/** The companies the conference's talks name. */
	int companies(String conference) {
		return count("select count(distinct tc.company_id) from talk_company tc join talk t on t.id = tc.talk_id"
				+ " join conference c on c.id = t.conference_id where c.slug = ?", conference);
	}

	/** Old slugs of renamed talks that lead to their new ones. */
	int formerTalkSlugs() {
		return count("select count(*) from former_slug where kind = 'talk'");
	}

	/**
	 * A digest of the conference's talks, every column an import writes, and of the
	 * numbers of talks, speakers, companies, old slugs and links in the whole database.
	 */
	String fingerprint(String conference) {
		MessageDigest digest = sha256();
		this.jdbc.query(TALKS, (RowCallbackHandler) (row) -> add(digest, row), conference);
		this.jdbc.query(TOTALS, (RowCallbackHandler) (row) -> add(digest, row));
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void add(MessageDigest digest, ResultSet row) throws SQLException {
		int columns = row.getMetaData().getColumnCount();
		for (int i = 1; i <= columns; i++) {
			digest.update(String.valueOf(row.getObject(i)).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
	}

	private int count(String sql, Object... arguments) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, arguments);
		return (count != null) ? count : 0;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
