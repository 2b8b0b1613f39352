package io.talknotes.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts: who they are, what they may do and their passwords. Spring Security logs
 * people in through it; other features find the account that writes through
 * {@link #find(String)}.
 */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

	/** The account {@code talknotes.admin.password} sets. */
	public static final String ADMIN = "admin";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final SessionRegistry sessions;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, Clock clock, SessionRegistry sessions) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
		this.sessions = sessions;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(normalise(username))
			.map(AccountDetails::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	/**
	 * The account with this username, e.g. the one logged in.
	 * @throws AccountNotFoundException when there is none
	 */
	public Account find(String username) {
		return this.accounts.findByUsername(normalise(username))
			.orElseThrow(() -> AccountNotFoundException.forUsername(username));
	}

	/** Every account, by username. */
	public List<AccountView> all() {
		return this.accounts.findAllByOrderByUsername().stream().map(AccountView::of).toList();
	}

	/** Whether the username is taken. */
	public boolean exists(String username) {
		return this.accounts.existsByUsername(normalise(username));
	}

	/** Creates an account that can log in with the password given. */
	@Transactional
	public AccountView create(String username, String displayName, Role role, String password) {
		Account account = new Account(normalise(username), displayName, role, this.passwords.encode(password),
				this.clock.instant());
		return AccountView.of(this.accounts.save(account));
	}

	/** Gives the account another role; its open sessions end, so it logs in again. */
	@Transactional
	public void changeRole(String username, Role role) {
		find(username).changeRole(role);
		endSessions(username);
	}

	/** Sets someone's password; their open sessions end. */
	@Transactional
	public void resetPassword(String username, String password) {
		find(username).changePassword(this.passwords.encode(password));
		endSessions(username);
	}

	/** Lets the account log in, or not; disabling it ends its open sessions at once. */
	@Transactional
	public void enable(String username, boolean enable) {
		find(username).enable(enable);
		if (!enable) {
			endSessions(username);
		}
	}

	/**
	 * Ends every session the account has open: its next request is sent to the login
	 * page, so a changed role or a disabled account takes effect at once, not at the next
	 * login.
	 */
	private void endSessions(String username) {
		// An account's details are equal to those of its sessions' principal (by
		// username),
		// whichever registry keeps the sessions.
		this.accounts.findByUsername(normalise(username))
			.map(AccountDetails::new)
			.ifPresent((principal) -> this.sessions.getAllSessions(principal, false)
				.forEach(SessionInformation::expireNow));
	}

	/**
	 * Changes someone's own password, when they know the current one.
	 * @return whether the current password was right and the password was changed
	 */
	@Transactional
	public boolean changeOwnPassword(String username, String currentPassword, String newPassword) {
		Account account = find(username);
		if (account.getPasswordHash() == null || !this.passwords.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		account.changePassword(this.passwords.encode(newPassword));
		return true;
	}

	/** Whether any account is an admin. */
	public boolean hasAdmin() {
		return this.accounts.existsByRole(Role.ADMIN);
	}

	/**
	 * Makes the account {@value #ADMIN} an enabled admin with this password, creating it
	 * when missing.
	 */
	@Transactional
	public void setAdminPassword(String password) {
		Account admin = this.accounts.findByUsername(ADMIN).orElseGet(this::newAdmin);
		admin.changeRole(Role.ADMIN);
		admin.enable(true);
		admin.changePassword(this.passwords.encode(password));
	}

	/**
	 * Gives the account {@value #ADMIN} this password and makes it an enabled admin, when
	 * no account is an admin; leaves everything as it is when one is, even when another
	 * node made it one since this one looked.
	 * @return whether the password was set
	 */
	@Transactional
	public boolean setAdminPasswordUnlessThereIsAnAdmin(String password) {
		if (this.accounts.existsByRole(Role.ADMIN)) {
			return false;
		}
		Optional<Account> existing = this.accounts.findByUsername(ADMIN);
		if (existing.isPresent() && existing.get().getRole() == Role.ADMIN) {
			return false;
		}
		Account admin = existing.orElseGet(this::newAdmin);
		admin.changeRole(Role.ADMIN);
		admin.enable(true);
		admin.changePassword(this.passwords.encode(password));
		return true;
	}

	/**
	 * A new account {@value #ADMIN}, inserted at once: when another node inserted one
	 * first, this fails here, with a {@code DataIntegrityViolationException}.
	 */
	private Account newAdmin() {
		return this.accounts.saveAndFlush(new Account(ADMIN, "Admin", Role.ADMIN, null, this.clock.instant()));
	}

	/** Usernames are kept in lower case, and found whatever case is typed. */
	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

}
