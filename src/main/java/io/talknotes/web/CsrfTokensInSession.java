package io.talknotes.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token in the session, as Spring Security does by default, but does not
 * start a session for a state-changing request that arrives without one. Such a request
 * is refused anyway; starting a session for it would answer with a new session cookie,
 * and a form posted from another site could then log a person out.
 */
final class CsrfTokensInSession implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.session.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (token == null || readOnly || request.getSession(false) != null) {
			this.session.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return this.session.loadToken(request);
	}

}
