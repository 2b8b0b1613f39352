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
 */
@ConfigurationProperties("talknotes")
public record TalknotesProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean publicRead,
		@DefaultValue Admin admin) {

	/**
	 * The admin account.
	 *
	 * @param password when set (environment variable {@code TALKNOTES_ADMIN_PASSWORD}),
	 * the account {@code admin} is created or updated with this password at start-up
	 */
	public record Admin(String password) {

	}

}
