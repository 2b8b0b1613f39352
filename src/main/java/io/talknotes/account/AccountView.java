package io.talknotes.account;

import java.time.Instant;

/**
 * An account as the admin page lists it.
 *
 * @param username what it logs in with
 * @param displayName the name shown on its notes
 * @param role what it may do
 * @param enabled whether it may log in at all
 * @param hasPassword whether a password was ever set
 * @param createdAt when it was created
 */
public record AccountView(String username, String displayName, Role role, boolean enabled, boolean hasPassword,
		Instant createdAt) {

	static AccountView of(Account account) {
		return new AccountView(account.getUsername(), account.getDisplayName(), account.getRole(), account.isEnabled(),
				account.getPasswordHash() != null, account.getCreatedAt());
	}

}
