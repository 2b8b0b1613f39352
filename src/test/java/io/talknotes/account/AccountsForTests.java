package io.talknotes.account;

import java.nio.file.Path;

import io.talknotes.system.TalknotesProperties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts in a {@code @DataJpaTest}: the real service on the seeded database, with
 * passwords hashed as in production, at the cost the tests' settings name. The test
 * supplies the clock.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(AccountService.class)
public class AccountsForTests {

	/** The author of the seeded notes and figures. */
	public static final String COREY_GALE = "corey-gale";

	/** Creates an editor, unless an earlier test of the same database did. */
	public static void ensure(AccountService accounts, String username, String displayName) {
		if (!accounts.exists(username)) {
			accounts.create(username, displayName, Role.EDITOR, "password-for-tests");
		}
	}

	/**
	 * What sets the admin account at a start, with this {@code talknotes.admin.password}.
	 */
	static AdminAccountInitializer adminAccountInitializer(AccountService accounts, String adminPassword) {
		return new AdminAccountInitializer(accounts,
				new TalknotesProperties(Path.of("data"), true, new TalknotesProperties.Admin(adminPassword),
						new TalknotesProperties.Accounts(4), new TalknotesProperties.Search(
								TalknotesProperties.Engine.LUCENE, TalknotesProperties.Coordination.NONE)));
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${talknotes.accounts.bcrypt-strength}") int bcryptStrength) {
		return AccountSecurityConfiguration.passwordEncoder(bcryptStrength);
	}

}
