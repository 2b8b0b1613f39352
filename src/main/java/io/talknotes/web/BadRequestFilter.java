package io.talknotes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.UriUtils;

/**
 * Answers a request the server cannot read with the 4xx page and one line in the log,
 * instead of a 500 and a stack trace: parameters that are not UTF-8 or not validly
 * %-encoded, a form or upload over the size limit, a multipart body without its boundary.
 * Such a request fails wherever it is first read, in a filter or in a controller, so this
 * filter comes first and wraps all of them. A cookie whose value cannot be decoded is
 * ignored, as if the browser had not sent it: someone cannot clear it from a page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BadRequestFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(BadRequestFilter.class);

	private static final int MAX_CAUSES = 10;

	private static final int MAX_REASON = 160;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(withReadableCookies(request), response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			Throwable unreadable = unreadablePart(ex);
			if (unreadable == null || response.isCommitted()) {
				throw ex;
			}
			refuse(request, response, unreadable);
		}
	}

	/**
	 * Answers a request that could not be read with the error page for its status, and
	 * logs one line about it.
	 */
	static void refuse(HttpServletRequest request, HttpServletResponse response, Throwable unreadable)
			throws IOException {
		int status = status(unreadable);
		logger.warn("Answered {} to {} {}: {}", status, request.getMethod(), request.getRequestURI(),
				reason(unreadable));
		// The error page is rendered in a second pass through the app, which must not try
		// to read the same body again
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, unreadable);
		response.sendError(status);
	}

	/** The exception that says the request could not be read, or {@code null}. */
	private static Throwable unreadablePart(Throwable thrown) {
		Throwable cause = thrown;
		for (int i = 0; cause != null && i < MAX_CAUSES; i++) {
			if (cause instanceof InvalidParameterException || cause instanceof MultipartException) {
				return cause;
			}
			cause = cause.getCause();
		}
		return null;
	}

	private static int status(Throwable unreadable) {
		if (unreadable instanceof MaxUploadSizeExceededException) {
			return HttpStatus.CONTENT_TOO_LARGE.value();
		}
		if (unreadable instanceof InvalidParameterException invalid && invalid.getErrorCode() >= 400
				&& invalid.getErrorCode() < 500) {
			return invalid.getErrorCode();
		}
		return HttpStatus.BAD_REQUEST.value();
	}

	/** What went wrong, on one short line whatever the request carried. */
	private static String reason(Throwable unreadable) {
		String message = unreadable.getClass().getSimpleName() + ": " + unreadable.getMessage();
		String oneLine = message.replaceAll("\\p{Cntrl}", " ");
		return (oneLine.length() <= MAX_REASON) ? oneLine : oneLine.substring(0, MAX_REASON) + "…";
	}

	private static HttpServletRequest withReadableCookies(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null || Arrays.stream(cookies).allMatch(BadRequestFilter::isReadable)) {
			return request;
		}
		Cookie[] readable = Arrays.stream(cookies).filter(BadRequestFilter::isReadable).toArray(Cookie[]::new);
		return new HttpServletRequestWrapper(request) {

			@Override
			public Cookie[] getCookies() {
				return readable.clone();
			}

		};
	}

	private static boolean isReadable(Cookie cookie) {
		try {
			UriUtils.decode(cookie.getValue(), StandardCharsets.UTF_8);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
