package io.talknotes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import io.talknotes.system.FormerSlugs;
import io.talknotes.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/**
 * Turns errors a person can cause into pages that say what happened and what to do.
 */
@ControllerAdvice
class ErrorPageAdvice {

	/** The kind of item whose slug follows each first segment of an address. */
	private static final Map<String, String> OWNERS = Map.of("talks", "talk", "conferences", "conference", "companies",
			"company", "projects", "project", "speakers", "speaker");

	private final ObjectProvider<FormerSlugs> formerSlugs;

	ErrorPageAdvice(ObjectProvider<FormerSlugs> formerSlugs) {
		this.formerSlugs = formerSlugs;
	}

	/**
	 * A slug an item had before it was renamed leads to the same page under its new slug;
	 * anything else that names nothing is a 404.
	 */
	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request) {
		Optional<String> moved = movedTo(ex, request);
		if (moved.isPresent()) {
			RedirectView redirect = new RedirectView(moved.get(), false);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView(redirect);
		}
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("kind", ex.getKind());
		page.addObject("key", ex.getKey());
		return page;
	}

	/**
	 * Where a GET for a renamed item's old slug now leads, keeping the rest of the URL.
	 */
	private Optional<String> movedTo(NotFoundException ex, HttpServletRequest request) {
		FormerSlugs slugs = this.formerSlugs.getIfAvailable();
		if (slugs == null
				|| !(HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))) {
			return Optional.empty();
		}
		String segment = "/" + UriUtils.encodePathSegment(ex.getKey(), StandardCharsets.UTF_8);
		String path = request.getRequestURI();
		int inside = path.indexOf(segment + "/");
		int at = (inside >= 0) ? inside : (path.endsWith(segment) ? path.length() - segment.length() : -1);
		if (at < 0) {
			return ownerMovedTo(slugs, request);
		}
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		return slugs.current(ex.getKind(), ex.getKey())
			.map((current) -> path.substring(0, at) + "/" + current + path.substring(at + segment.length()) + query)
			.or(() -> ownerMovedTo(slugs, request));
	}

	/**
	 * Where a GET for a page under a renamed item's old address now leads, such as the
	 * history of a note of a renamed talk: the note is what was not found, but the talk's
	 * slug in the address is the one that moved.
	 */
	private static Optional<String> ownerMovedTo(FormerSlugs slugs, HttpServletRequest request) {
		String[] parts = request.getRequestURI().split("/", 4);
		String kind = (parts.length > 2) ? OWNERS.get(parts[1]) : null;
		if (kind == null) {
			return Optional.empty();
		}
		String rest = ((parts.length > 3) ? "/" + parts[3] : "")
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		String slug;
		try {
			slug = UriUtils.decode(parts[2], StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return slugs.current(kind, slug)
			.map((current) -> "/" + parts[1] + "/" + UriUtils.encodePathSegment(current, StandardCharsets.UTF_8)
					+ rest);
	}

	/**
	 * A part of the address that is not what it should be (a note id that is not a
	 * number) means there is no such page; a form or query value of the wrong type means
	 * the request was malformed.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badValue(MethodArgumentTypeMismatchException ex) {
		if (!ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return new ModelAndView("error/4xx", HttpStatus.BAD_REQUEST);
		}
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("key", String.valueOf(ex.getValue()));
		return page;
	}

	@ExceptionHandler(MultipartException.class)
	void unreadableUpload(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		BadRequestFilter.refuse(request, response, ex);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView missingParameter(MissingServletRequestParameterException ex) {
		return new ModelAndView("error/4xx");
	}

}
