package io.talknotes.account;

import java.util.Map;

import io.talknotes.system.TalknotesProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Passwords are kept as BCrypt hashes at cost 10 unless the settings name another, and a
 * password set before a change of cost still logs in after it.
 */
class PasswordHashingTests {

	@Test
	void passwordsAreHashedWithBCryptAtCostTenByDefault() {
		PasswordEncoder passwords = AccountSecurityConfiguration.passwordEncoder(settings(Map.of()));

		String hash = passwords.encode("correct horse battery");

		assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain("correct horse");
		assertThat(passwords.matches("correct horse battery", hash)).isTrue();
		assertThat(passwords.matches("correct horse battery staple", hash)).isFalse();
	}

	@Test
	void aPasswordSetBeforeTheCostChangedStillLogsIn() {
		String hash = AccountSecurityConfiguration
			.passwordEncoder(settings(Map.of("talknotes.accounts.bcrypt-strength", "4")))
			.encode("correct horse battery");

		PasswordEncoder raised = AccountSecurityConfiguration
			.passwordEncoder(settings(Map.of("talknotes.accounts.bcrypt-strength", "12")));

		assertThat(hash).startsWith("{bcrypt}$2a$04$");
		assertThat(raised.matches("correct horse battery", hash)).isTrue();
		assertThat(raised.encode("correct horse battery")).startsWith("{bcrypt}$2a$12$");
	}

	@Test
	void aCostOutsideBCryptsRangeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> AccountSecurityConfiguration
			.passwordEncoder(settings(Map.of("talknotes.accounts.bcrypt-strength", "3"))));
	}

	private static int settings(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values))
			.bindOrCreate("talknotes", TalknotesProperties.class)
			.accounts()
			.bcryptStrength();
	}

}
