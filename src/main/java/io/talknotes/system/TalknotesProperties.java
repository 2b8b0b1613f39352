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
 * @param search how talks are searched
 */
@ConfigurationProperties("talknotes")
public record TalknotesProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean publicRead,
		@DefaultValue Admin admin, @DefaultValue Search search) {

	/**
	 * The admin account.
	 *
	 * @param password when set (environment variable {@code TALKNOTES_ADMIN_PASSWORD}),
	 * the account {@code admin} is created or updated with this password at start-up
	 */
	public record Admin(String password) {

	}

	/**
	 * How talks are searched.
	 *
	 * @param engine {@code lucene} (the default): on the Lucene index directly, the
	 * fastest on one node; {@code dsl}: through the query language of Hibernate Search,
	 * which also runs on Elasticsearch and OpenSearch (the {@code opensearch} profile
	 * chooses it)
	 */
	public record Search(@DefaultValue("lucene") Engine engine) {

	}

	/** The ways of searching talks. */
	public enum Engine {

		/** Reads the Lucene index directly. */
		LUCENE,

		/** Through the query language of Hibernate Search, on either of its backends. */
		DSL

	}

}
