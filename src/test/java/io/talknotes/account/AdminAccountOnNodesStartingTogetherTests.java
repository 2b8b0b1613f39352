package io.talknotes.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes started at once on a new database, one with {@code talknotes.admin.password}
 * and one without, as a cluster comes up: both start, there is one admin account, and its
 * password is the one the setting names, never the other node's generated one.
 */
@DataJpaTest
@Import({ AccountsForTests.class, AccountServiceTests.SystemClock.class })
// Each node writes in transactions of its own, as two JVMs do.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AdminAccountOnNodesStartingTogetherTests {

	private static final int STARTS = 40;

	@Autowired
	private AccountService accounts;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void bothNodesStartAndTheSettingsPasswordIsTheAdmins() throws Exception {
		List<String> failures = new ArrayList<>();
		for (int start = 0; start < STARTS; start++) {
			this.jdbc.update("delete from account where username = ?", AccountService.ADMIN);
			CyclicBarrier together = new CyclicBarrier(2);
			CompletableFuture<Void> withSetting = CompletableFuture
				.runAsync(() -> startNode(together, "the-settings-password"));
			CompletableFuture<Void> withoutSetting = CompletableFuture.runAsync(() -> startNode(together, null));
			for (CompletableFuture<Void> node : List.of(withSetting, withoutSetting)) {
				try {
					node.get(30, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					failures.add("start " + start + ": " + ex.getCause());
				}
			}
			assertThat(failures).as("nodes that failed to start").isEmpty();
			Integer admins = this.jdbc.queryForObject("select count(*) from account where account_role = 'ADMIN'",
					Integer.class);
			assertThat(admins).as("admin accounts after start %d", start).isOne();
			assertThat(this.passwords.matches("the-settings-password",
					this.accounts.loadUserByUsername(AccountService.ADMIN).getPassword()))
				.as("the admin's password after start %d is the setting's", start)
				.isTrue();
		}
	}

	private void startNode(CyclicBarrier together, String adminPassword) {
		AdminAccountInitializer initializer = AccountsForTests.adminAccountInitializer(this.accounts, adminPassword);
		try {
			together.await(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		initializer.run(null);
	}

}
