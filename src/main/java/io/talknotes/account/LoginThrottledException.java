package io.talknotes.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A login was refused unchecked, because there were too many failures for the username or
 * from the address.
 */
class LoginThrottledException extends AuthenticationException {

	private final Duration wait;

	LoginThrottledException(Duration wait) {
		super("Too many failed logins; wait " + wait.toSeconds() + " s");
		this.wait = wait;
	}

	/** Whole seconds to wait, at least one. */
	long secondsToWait() {
		return Math.max(1, (this.wait.toMillis() + 999) / 1000);
	}

}
