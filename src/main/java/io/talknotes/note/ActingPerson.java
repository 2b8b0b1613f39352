package io.talknotes.note;

import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.WebUtils;

/**
 * Who is doing what a request asks, for what a note records: who restored a version, who
 * moved it to the trash. The one place that tells; people do not sign in yet, so it is
 * the name this browser last signed a note with.
 */
final class ActingPerson {

	private ActingPerson() {
	}

	/**
	 * The name of the person behind a request.
	 * @param fallback the name to use when the request does not tell, e.g. the note's
	 * author
	 */
	static String name(HttpServletRequest request, Supplier<String> fallback) {
		Cookie cookie = WebUtils.getCookie(request, AuthorCookie.NAME);
		String remembered = AuthorCookie.read((cookie != null) ? cookie.getValue() : null);
		return remembered.isEmpty() ? fallback.get() : remembered;
	}

}
