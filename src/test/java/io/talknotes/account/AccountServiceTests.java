package io.talknotes.account;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AccountService} and the admin account set at start, on the migrated database.
 */
@DataJpaTest
@Import({ AccountsForTests.class, AccountServiceTests.SystemClock.class })
@ExtendWith(OutputCaptureExtension.class)
class AccountServiceTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private AccountRepository repository;

	@Autowired
	private PasswordEncoder passwords;

	@Test
	void keepsOnlyAHashOfThePasswordAndLogsInWhateverCaseTheNameIsTyped() {
		this.accounts.create("ada", "Ada Lovelace", Role.EDITOR, "correct horse battery");

		String hash = this.repository.findByUsername("ada").orElseThrow().getPasswordHash();
		UserDetails details = this.accounts.loadUserByUsername(" ADA ");

		assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse");
		assertThat(this.passwords.matches("correct horse battery", details.getPassword())).isTrue();
		assertThat(details.isEnabled()).isTrue();
		assertThat(details.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
	}

	@Test
	void theDecksAuthorOwnsTheSeedButCannotLogIn() {
		UserDetails corey = this.accounts.loadUserByUsername("corey-gale");

		assertThat(corey.isEnabled()).isFalse();
		assertThat(this.accounts.find("corey-gale").getDisplayName()).isEqualTo("Corey Gale");
		assertThatExceptionOfType(UsernameNotFoundException.class)
			.isThrownBy(() -> this.accounts.loadUserByUsername("nobody"));
	}

	@Test
	void aDisabledAccountCannotLogInUntilEnabledAgain() {
		this.accounts.create("ada", "Ada Lovelace", Role.EDITOR, "correct horse battery");

		this.accounts.enable("ada", false);
		assertThat(this.accounts.loadUserByUsername("ada").isEnabled()).isFalse();
		this.accounts.enable("ada", true);
		assertThat(this.accounts.loadUserByUsername("ada").isEnabled()).isTrue();
	}

	@Test
	void changesItsOwnPasswordOnlyWithTheCurrentOne() {
		this.accounts.create("ada", "Ada Lovelace", Role.EDITOR, "correct horse battery");

		assertThat(this.accounts.changeOwnPassword("ada", "wrong guess", "new password here")).isFalse();
		assertThat(this.accounts.changeOwnPassword("ada", "correct horse battery", "new password here")).isTrue();
		assertThat(this.passwords.matches("new password here", this.accounts.loadUserByUsername("ada").getPassword()))
			.isTrue();
		assertThat(this.accounts.changeOwnPassword("corey-gale", "", "new password here")).isFalse();
	}

	@Test
	void theAdminPasswordSettingCreatesTheAdminAndLaterRestoresIt(CapturedOutput output) {
		initializer("first-admin-password").run(null);
		this.accounts.changeRole("admin", Role.READER);
		this.accounts.enable("admin", false);

		initializer("second-admin-password").run(null);

		UserDetails admin = this.accounts.loadUserByUsername("admin");
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
		assertThat(this.passwords.matches("second-admin-password", admin.getPassword())).isTrue();
		assertThat(output).doesNotContain("second-admin-password", "one-time password");
	}

	@Test
	void withoutTheSettingTheFirstStartLogsAOneTimePasswordOnce(CapturedOutput output) {
		assertThat(this.accounts.hasAdmin()).isFalse();

		initializer(null).run(null);
		initializer("").run(null);

		String logged = output.getAll();
		assertThat(logged.split("one-time password", -1)).as("logged once").hasSize(2);
		String password = logged.replaceAll("(?s).*one-time password (\\S+).*", "$1");
		assertThat(this.passwords.matches(password, this.accounts.loadUserByUsername("admin").getPassword())).isTrue();
		assertThat(this.accounts.hasAdmin()).isTrue();
	}

	private AdminAccountInitializer initializer(String adminPassword) {
		return AccountsForTests.adminAccountInitializer(this.accounts, adminPassword);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SystemClock {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
