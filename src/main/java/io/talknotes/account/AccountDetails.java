package io.talknotes.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * An account as Spring Security sees it while logging in and afterwards: its username,
 * password hash, role, whether it may log in, and the name shown in the header.
 */
class AccountDetails extends User {

	private final String displayName;

	AccountDetails(Account account) {
		// An account without a password is refused like a disabled one: same message, no
		// hint that it exists
		super(account.getUsername(), (account.getPasswordHash() != null) ? account.getPasswordHash() : "",
				account.canLogIn(), true, true, true,
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
		this.displayName = account.getDisplayName();
	}

	String getDisplayName() {
		return this.displayName;
	}

}
