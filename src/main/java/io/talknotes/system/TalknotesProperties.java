package io.talknotes.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings, under the {@code talknotes.} prefix.
 *
 * @param dataDir folder holding the embedded database and the search index
 * @param publicRead whether visitors who are not logged in may read and search; when
 * false, every page asks for a login
 * @param admin the account that administers Talknotes
 * @param accounts how the accounts' passwords are kept
 * @param search how talks are searched, and how the nodes of Talknotes share the index
 */
@ConfigurationProperties("talknotes")
public record TalknotesProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean publicRead,
		@DefaultValue Admin admin, @DefaultValue Accounts accounts, @DefaultValue Search search) {

	/**
	 * The admin account.
	 *
	 * @param password when set (environment variable {@code TALKNOTES_ADMIN_PASSWORD}),
	 * the account {@code admin} is created or updated with this password at start-up
	 */
	public record Admin(String password) {

	}

	/**
	 * How the accounts' passwords are kept: as BCrypt hashes.
	 *
	 * @param bcryptStrength the BCrypt cost, from 4 to 31: each step doubles the time a
	 * login and a password change take, and the time an attacker holding the database
	 * needs per guess. 10 takes about 0.1 s on one core. A hash keeps the cost it was
	 * made with, so a change applies to passwords set after it
	 */
	public record Accounts(@DefaultValue("10") int bcryptStrength) {

	}

	/**
	 * How talks are searched, and how the search index is kept in step with the database.
	 *
	 * @param engine {@code lucene} (the default): on the Lucene index directly, the
	 * fastest on one node; {@code dsl}: through the query language of Hibernate Search,
	 * which also runs on Elasticsearch and OpenSearch (the {@code opensearch} profile
	 * chooses it)
	 * @param coordination {@code none} (one node: a write is indexed before the page
	 * answers) or {@code outbox-polling} (several nodes: writes are queued in the
	 * database with the data and indexed by one node shortly after)
	 */
	public record Search(@DefaultValue("lucene") Engine engine, @DefaultValue("none") Coordination coordination) {

	}

	/** The ways of searching talks. */
	public enum Engine {

		/** Reads the Lucene index directly. */
		LUCENE,

		/** Through the query language of Hibernate Search, on either of its backends. */
		DSL

	}

	/** How the nodes agree on who indexes a write. */
	public enum Coordination {

		/** One node indexes its own writes before answering. */
		NONE("none"),

		/**
		 * Hibernate Search's outbox polling: each write is queued in the database in its
		 * own transaction, and the nodes share the queue out between them.
		 */
		OUTBOX_POLLING("outbox-polling");

		private final String strategy;

		Coordination(String strategy) {
			this.strategy = strategy;
		}

		/** The name Hibernate Search gives this coordination strategy. */
		public String strategy() {
			return this.strategy;
		}

	}

}
