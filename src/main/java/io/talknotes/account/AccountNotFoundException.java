package io.talknotes.account;

import io.talknotes.system.NotFoundException;

/**
 * No account has the username a URL or a form names.
 */
public class AccountNotFoundException extends NotFoundException {

	private AccountNotFoundException(String username) {
		super("account", username);
	}

	public static AccountNotFoundException forUsername(String username) {
		return new AccountNotFoundException(username);
	}

}
