package io.talknotes.note;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.ResponseCookie;

/**
 * Remembers in the browser the name someone last signed a note with, so the next note
 * form is filled in with it.
 */
public final class AuthorCookie {

	/** The cookie's name. */
	public static final String NAME = "talknotes_author";

	private static final Duration KEPT = Duration.ofDays(365);

	private AuthorCookie() {
	}

	/** The cookie that remembers an author's name. */
	static ResponseCookie of(String author) {
		return ResponseCookie.from(NAME, URLEncoder.encode(author, StandardCharsets.UTF_8))
			.path("/")
			.maxAge(KEPT)
			.httpOnly(true)
			.sameSite("Lax")
			.build();
	}

	/**
	 * The name a cookie remembers, or an empty name when there is none or it is
	 * unreadable.
	 */
	public static String read(String cookieValue) {
		if (cookieValue == null) {
			return "";
		}
		try {
			String name = URLDecoder.decode(cookieValue, StandardCharsets.UTF_8).strip();
			return (name.length() <= 100) ? name : "";
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

}
