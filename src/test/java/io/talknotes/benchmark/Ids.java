package io.talknotes.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The highest id of each table the generator writes ids into. Rows are inserted with
 * explicit ids so that links can be written without reading keys back; the identity
 * columns are then moved past them so the app's own inserts do not collide.
 */
final class Ids {

	long company;

	long project;

	long speaker;

	long conference;

	long talk;

	void read(Connection connection) throws SQLException {
		this.company = max(connection, "company");
		this.project = max(connection, "project");
		this.speaker = max(connection, "speaker");
		this.conference = max(connection, "conference");
		this.talk = max(connection, "talk");
	}

	void advance(String table, long count) {
		switch (table) {
			case "company" -> this.company += count;
			case "project" -> this.project += count;
			case "speaker" -> this.speaker += count;
			case "conference" -> this.conference += count;
			case "talk" -> this.talk += count;
			default -> throw new IllegalArgumentException(table);
		}
	}

	/** Portable on H2 and PostgreSQL. */
	void restartIdentities(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			restart(statement, "company", this.company);
			restart(statement, "project", this.project);
			restart(statement, "speaker", this.speaker);
			restart(statement, "conference", this.conference);
			restart(statement, "talk", this.talk);
		}
	}

	private static void restart(Statement statement, String table, long last) throws SQLException {
		statement.execute("alter table " + table + " alter column id restart with " + (last + 1));
	}

	private static long max(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
