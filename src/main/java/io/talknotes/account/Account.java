package io.talknotes.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Someone who reads or writes in Talknotes. The password is kept only as a hash in Spring
 * Security's delegating format; an account without one cannot log in, like the author of
 * the seeded notes.
 */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 40)
	private String username;

	@Column(nullable = false, length = 100)
	private String displayName;

	@Column(length = 200)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "account_role", nullable = false)
	private Role role;

	private boolean enabled;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String displayName, Role role, String passwordHash, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.createdAt = now;
	}

	/** Whether the account may log in: enabled, and with a password. */
	boolean canLogIn() {
		return this.enabled && this.passwordHash != null;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void changeRole(Role newRole) {
		this.role = newRole;
	}

	void enable(boolean enable) {
		this.enabled = enable;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
