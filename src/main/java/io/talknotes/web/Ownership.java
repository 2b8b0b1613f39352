package io.talknotes.web;

import java.util.Optional;
import java.util.function.Function;

import io.talknotes.account.SignedIn;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets through requests that change something an account wrote (a note, a figure) when
 * they come from that account, or from an admin. The thing is named by the {@code id} in
 * the URL; whom it belongs to is asked of the feature that owns it. An id that names
 * nothing is let through, so that it is answered "not found" like any other.
 */
final class Ownership implements AuthorizationManager<RequestAuthorizationContext> {

	private final Function<Long, Optional<String>> ownerOf;

	/**
	 * @param ownerOf the username of the account that wrote the thing with an id, empty
	 * when there is no such thing, an empty name when no account owns it
	 */
	Ownership(Function<Long, Optional<String>> ownerOf) {
		this.ownerOf = ownerOf;
	}

	@Override
	public AuthorizationResult authorize(java.util.function.Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext request) {
		SignedIn me = SignedIn.of(authentication.get());
		if (me == null || !me.mayWrite()) {
			return new AuthorizationDecision(false);
		}
		Optional<String> owner = id(request).flatMap(this.ownerOf);
		// What does not exist is let through to be answered "not found", as for a visitor
		return new AuthorizationDecision(owner.isEmpty() || me.mayChange(owner.get()));
	}

	private static Optional<Long> id(RequestAuthorizationContext request) {
		try {
			return Optional.of(Long.valueOf(request.getVariables().get("id")));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
