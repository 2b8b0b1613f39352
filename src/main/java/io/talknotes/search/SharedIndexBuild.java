package io.talknotes.search;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record, in the database, of which mapping the shared search index was built for
 * (table {@code search_index_build}). Every node that starts reads it while holding its
 * row locked: a node that finds it current goes on at once; one that finds it stale
 * rebuilds the index before it lets go of the row, so the others wait for that rebuild
 * instead of starting their own, and then find the record current. A node that dies while
 * rebuilding loses its connection and so its lock, without recording the build: the next
 * node to get the row rebuilds. The indexes themselves are created by the rebuild, or
 * their settings brought up to date when current, by the node holding the row too.
 */
final class SharedIndexBuild {

	private static final Logger logger = LoggerFactory.getLogger(SharedIndexBuild.class);

	/** Lock timeouts: H2's LOCK_TIMEOUT, PostgreSQL's lock_timeout where one is set. */
	private static final Set<String> LOCK_TIMED_OUT = Set.of("HYT00", "55P03");

	private static final String ROW = "shared";

	private final DataSource dataSource;

	private final String node;

	SharedIndexBuild(DataSource dataSource) {
		this(dataSource, ManagementFactory.getRuntimeMXBean().getName());
	}

	SharedIndexBuild(DataSource dataSource, String node) {
		this.dataSource = dataSource;
		this.node = node;
	}

	/**
	 * Rebuilds the index unless the record says it was built for this fingerprint; waits
	 * while another node rebuilds.
	 * @param fingerprint what the index must have been built for
	 * @param updateSchema brings the settings of an index found current up to date, one
	 * node at a time
	 * @param rebuild creates the indexes and builds them, returning once every document
	 * is in; one node at a time, so that two nodes starting on an empty search cluster do
	 * not both create them
	 * @return whether this node rebuilt the index
	 */
	boolean buildIfStale(String fingerprint, Runnable updateSchema, Runnable rebuild) {
		while (true) {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(false);
				try {
					boolean rebuilt = buildIfStale(connection, fingerprint, updateSchema, rebuild);
					connection.commit();
					return rebuilt;
				}
				finally {
					if (!connection.getAutoCommit()) {
						connection.rollback();
						connection.setAutoCommit(true);
					}
				}
			}
			catch (SQLException ex) {
				if (!LOCK_TIMED_OUT.contains(ex.getSQLState())) {
					throw new IllegalStateException("Cannot read which mapping the search index was built for", ex);
				}
				logger.info("Another node is building the search index: waiting for it");
			}
		}
	}

	private boolean buildIfStale(Connection connection, String fingerprint, Runnable updateSchema, Runnable rebuild)
			throws SQLException {
		String built = lockedFingerprint(connection);
		if (fingerprint.equals(built)) {
			updateSchema.run();
			return false;
		}
		logger.info("Shared search index was built for {}: rebuilding it for {}",
				(built != null) ? built : "no mapping yet", fingerprint);
		rebuild.run();
		try (PreparedStatement update = connection.prepareStatement(
				"update search_index_build set fingerprint = ?, built_at = ?, built_by = ? where name = ?")) {
			update.setString(1, fingerprint);
			update.setTimestamp(2, Timestamp.from(Instant.now()));
			update.setString(3, this.node);
			update.setString(4, ROW);
			update.executeUpdate();
		}
		return true;
	}

	/** The fingerprint recorded, with the row locked until the transaction ends. */
	private static String lockedFingerprint(Connection connection) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("select fingerprint from search_index_build where name = ? for update")) {
			select.setString(1, ROW);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					throw new IllegalStateException("The row '" + ROW + "' of search_index_build is missing");
				}
				return row.getString(1);
			}
		}
	}

	/** The fingerprint the record holds, without locking; {@code null} before a build. */
	String recorded() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement select = connection
					.prepareStatement("select fingerprint from search_index_build where name = ?")) {
			select.setString(1, ROW);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? row.getString(1) : null;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read which mapping the search index was built for", ex);
		}
	}

}
