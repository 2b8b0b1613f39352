package io.talknotes.account;

import io.talknotes.system.TalknotesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can administer Talknotes: {@code talknotes.admin.password} sets the
 * password of the account {@value AccountService#ADMIN} at every start; without it, the
 * first start creates that account with a generated password and logs it once.
 * <p>
 * Several nodes may start at once on a new database: one of them creates the account, and
 * a generated password never replaces one set by the setting or by another node.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AdminAccountInitializer.class);

	/** How often the account is looked up and written before a start fails. */
	private static final int ATTEMPTS = 3;

	private final AccountService accounts;

	private final TalknotesProperties properties;

	AdminAccountInitializer(AccountService accounts, TalknotesProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (int attempt = 1;; attempt++) {
			try {
				apply();
				return;
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// Nodes started together on a new database: another one wrote the account
				// between this one's look-up and its write. Looking again finds it.
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				logger.debug("Account '{}' written by another node meanwhile: looking again", AccountService.ADMIN, ex);
			}
		}
	}

	private void apply() {
		String password = this.properties.admin().password();
		if (StringUtils.hasText(password)) {
			this.accounts.setAdminPassword(password);
			logger.info("Account '{}' set from talknotes.admin.password", AccountService.ADMIN);
		}
		else {
			String generated = Passwords.generate();
			if (this.accounts.setAdminPasswordUnlessThereIsAnAdmin(generated)) {
				logger.warn(
						"No admin account yet: created '{}' with the one-time password {} "
								+ "(log in and change it under Password, or set TALKNOTES_ADMIN_PASSWORD)",
						AccountService.ADMIN, generated);
			}
		}
	}

}
