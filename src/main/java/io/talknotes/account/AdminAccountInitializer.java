package io.talknotes.account;

import io.talknotes.system.TalknotesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can administer Talknotes: {@code talknotes.admin.password} sets the
 * password of the account {@value AccountService#ADMIN} at every start; without it, the
 * first start creates that account with a generated password and logs it once.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AdminAccountInitializer.class);

	private final AccountService accounts;

	private final TalknotesProperties properties;

	AdminAccountInitializer(AccountService accounts, TalknotesProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		String password = this.properties.admin().password();
		if (StringUtils.hasText(password)) {
			this.accounts.setAdminPassword(password);
			logger.info("Account '{}' set from talknotes.admin.password", AccountService.ADMIN);
		}
		else if (!this.accounts.hasAdmin()) {
			String generated = Passwords.generate();
			this.accounts.setAdminPassword(generated);
			logger.warn(
					"No admin account yet: created '{}' with the one-time password {} "
							+ "(log in and change it under Password, or set TALKNOTES_ADMIN_PASSWORD)",
					AccountService.ADMIN, generated);
		}
	}

}
