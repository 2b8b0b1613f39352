package io.talknotes.account;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is logged in, as pages need it: the name for the header and what the account may
 * do. Pages see it as {@code me}, which is {@code null} for visitors who are not logged
 * in.
 *
 * @param username what the account logs in with
 * @param displayName the name shown
 * @param role what the account may do
 */
public record SignedIn(String username, String displayName, Role role) {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/** The account logged in for the current request, or {@code null}. */
	public static SignedIn current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	/** The account an authentication stands for, or {@code null} when anonymous. */
	public static SignedIn of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated() || TRUST.isAnonymous(authentication)) {
			return null;
		}
		Role role = roleOf(authentication);
		if (role == null) {
			return null;
		}
		String name = (authentication.getPrincipal() instanceof AccountDetails details) ? details.getDisplayName()
				: authentication.getName();
		return new SignedIn(authentication.getName(), name, role);
	}

	/** Whether the account may add notes and figures. */
	public boolean mayWrite() {
		return this.role != Role.READER;
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	/**
	 * Whether the account may change or delete what the account with this username wrote:
	 * its own, or anything for an admin.
	 */
	public boolean mayChange(String ownerUsername) {
		return isAdmin() || (mayWrite() && this.username.equals(ownerUsername));
	}

	private static Role roleOf(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		for (Role role : new Role[] { Role.ADMIN, Role.EDITOR, Role.READER }) {
			if (authorities.contains(role.authority())) {
				return role;
			}
		}
		return null;
	}

}
