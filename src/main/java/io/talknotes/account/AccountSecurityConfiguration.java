package io.talknotes.account;

import java.util.Map;

import io.talknotes.system.TalknotesProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed and checked: BCrypt at the cost the settings name
 * ({@code talknotes.accounts.bcrypt-strength}), each hash kept with the name of its kind
 * so that another kind could be read beside it one day, behind the login throttle.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

	/** The name of the hash, before each hash kept: {@code {bcrypt}$2a$10$...}. */
	private static final String BCRYPT = "bcrypt";

	@Bean
	PasswordEncoder passwordEncoder(TalknotesProperties properties) {
		return passwordEncoder(properties.accounts().bcryptStrength());
	}

	/**
	 * Hashes with BCrypt at this cost; checks a BCrypt hash at the cost it was made with.
	 */
	static PasswordEncoder passwordEncoder(int bcryptStrength) {
		return new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(bcryptStrength)));
	}

	@Bean
	AuthenticationProvider authenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthenticationProvider(passwords, throttle);
	}

}
