package io.talknotes.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the admin page's form for a new account sends.
 *
 * @param username what the account logs in with: lowercase letters, digits, dots, hyphens
 * and underscores
 * @param displayName the name shown on the account's notes
 * @param role what the account may do, by name: kept as typed so that any value sent
 * comes back to the form with a message instead of failing to bind
 * @param password the first password, to be changed by its owner
 */
record NewAccountForm(
		@NotBlank(message = "{account.username.blank}") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,39}",
				message = "{account.username.pattern}") String username,
		@NotBlank(message = "{account.displayName.blank}") @Size(max = 100,
				message = "{account.displayName.size}") String displayName,
		@NotNull(message = "{account.role.blank}") @Pattern(regexp = "READER|EDITOR|ADMIN",
				message = "{account.role.blank}") String role,
		String password) {

	static NewAccountForm blank() {
		return new NewAccountForm("", "", Role.EDITOR.name(), "");
	}

	/** The role chosen; only called once the form is valid. */
	Role chosenRole() {
		return Role.valueOf(this.role);
	}

	String cleanDisplayName() {
		return this.displayName.strip();
	}

}
