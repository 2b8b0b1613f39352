package io.talknotes.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.validation.Errors;

/**
 * What makes a password acceptable, checked the same way wherever one is chosen.
 */
final class Passwords {

	static final int MIN_LENGTH = 10;

	/** BCrypt reads no more than 72 bytes; a longer password would be refused. */
	static final int MAX_BYTES = 72;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	/** Whether the password is long enough and not too long. */
	static boolean isAcceptable(String password) {
		return password != null && password.length() >= MIN_LENGTH
				&& password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	/** Rejects the field when the password is too short or too long. */
	static void check(String password, String field, Errors errors) {
		if (password == null || password.length() < MIN_LENGTH) {
			errors.rejectValue(field, "account.password.short", new Object[] { MIN_LENGTH }, null);
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			errors.rejectValue(field, "account.password.long", new Object[] { MAX_BYTES }, null);
		}
	}

	/** A password nobody could guess, for the first admin. */
	static String generate() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
