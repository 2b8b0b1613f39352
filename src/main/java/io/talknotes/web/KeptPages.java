package io.talknotes.web;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Whole pages of readers who are not signed in, rendered once per version of the data and
 * kept: the next reader of the same page, with the same languages, theme and htmx shape,
 * gets the kept HTML without a query or a template run. {@link ConditionalPages}, which
 * reads the version of the data and sets the page's entity tag, asks here before the
 * page's controller runs; this filter, which runs after Spring Security, keeps what such
 * a request rendered.
 * <p>
 * Only a reader without a session is answered from here or kept: the pages of a session
 * may hold its CSRF token or a message for it. A page is kept only when it was a 200 of
 * HTML that started no session (a form's CSRF token would have) and set no cookie. The
 * version of the data is read before the page's data, and a write raises it in its own
 * transaction, so a kept page is never older than its version; once the version moves, on
 * any node sharing the database, everything kept is dropped.
 * <p>
 * The metric {@code talknotes.pages.kept.requests} counts the pages given from here
 * ({@code answer=kept}) and those rendered that could have been
 * ({@code answer=rendered}).
 */
@Component
class KeptPages extends OncePerRequestFilter {

	/**
	 * How much HTML is kept, in bytes, the least recently shown going first: about two
	 * hundred pages of a talk.
	 */
	private static final int BUDGET = 4 * 1024 * 1024;

	/** The request attribute that names a page to keep once it is rendered. */
	private static final String KEEP = KeptPages.class.getName() + ".KEEP";

	private final int budget;

	/** The pages kept, in the order they were last shown. */
	private final LinkedHashMap<Key, Kept> pages = new LinkedHashMap<>(16, 0.75f, true);

	/** The version of the data the pages kept were made from. */
	private long version = -1;

	/** Bytes of HTML kept. */
	private long kept;

	/** Pages given from those kept, and pages rendered that could have been. */
	private final Counter givenKept;

	private final Counter rendered;

	@Autowired
	KeptPages(ObjectProvider<MeterRegistry> meters) {
		this(BUDGET, meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	KeptPages(int budget, MeterRegistry meters) {
		this.budget = budget;
		this.givenKept = answers("kept", meters);
		this.rendered = answers("rendered", meters);
	}

	private static Counter answers(String answer, MeterRegistry meters) {
		return Counter.builder("talknotes.pages.kept.requests")
			.description("Requests of visitors' pages, given from the pages kept or rendered")
			.tag("answer", answer)
			.register(meters);
	}

	/**
	 * Whether a request may be answered with a kept page, or its page kept: a GET of a
	 * reader without a session or a login.
	 */
	static boolean mayBeKept(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && request.getRequestedSessionId() == null
				&& request.getUserPrincipal() == null;
	}

	/**
	 * Answers the request with the page kept for its address and shape at this version of
	 * the data, if there is one; otherwise the page will be kept once rendered.
	 * @param request a request that {@link #mayBeKept may be kept}
	 * @param response its response, whose headers are set
	 * @param version the version of the data, read before anything else of the request
	 * @param shape what else makes the page differ from one reader to another
	 * @return whether the request was answered
	 */
	boolean answer(HttpServletRequest request, HttpServletResponse response, long version, ConditionalPages.Shape shape)
			throws IOException {
		Key key = new Key(pathAndQuery(request), shape);
		Kept page;
		synchronized (this.pages) {
			page = (version == this.version) ? this.pages.get(key) : null;
		}
		if (page == null) {
			this.rendered.increment();
			request.setAttribute(KEEP, new Pending(version, key));
			return false;
		}
		this.givenKept.increment();
		response.setContentType(page.contentType());
		response.setContentLength(page.html().length);
		response.getOutputStream().write(page.html());
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!mayBeKept(request)) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, rendering);
			if (request.getAttribute(KEEP) instanceof Pending pending && isPlainPage(rendering)
					&& request.getSession(false) == null) {
				keep(pending, new Kept(rendering.getContentType(), rendering.getContentAsByteArray()));
			}
		}
		finally {
			rendering.copyBodyToResponse();
		}
	}

	private static boolean isPlainPage(HttpServletResponse response) {
		String type = response.getContentType();
		return response.getStatus() == HttpServletResponse.SC_OK && type != null
				&& MediaType.parseMediaType(type).isCompatibleWith(MediaType.TEXT_HTML)
				&& !response.containsHeader(HttpHeaders.SET_COOKIE);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	private void keep(Pending pending, Kept page) {
		synchronized (this.pages) {
			if (pending.version() > this.version) {
				this.pages.clear();
				this.kept = 0;
				this.version = pending.version();
			}
			if (pending.version() < this.version || page.html().length > this.budget) {
				return;
			}
			Kept before = this.pages.put(pending.key(), page);
			this.kept += page.html().length - ((before != null) ? before.html().length : 0);
			Iterator<Kept> eldest = this.pages.values().iterator();
			while (this.kept > this.budget) {
				this.kept -= eldest.next().html().length;
				eldest.remove();
			}
		}
	}

	/** How many bytes of HTML are kept, for tests. */
	long kept() {
		synchronized (this.pages) {
			return this.kept;
		}
	}

	private static String pathAndQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
	}

	/** A page: its address and what else shapes it. */
	private record Key(String page, ConditionalPages.Shape shape) {

	}

	/** A page to keep once rendered, under the version its tag was made from. */
	private record Pending(long version, Key key) {

	}

	private record Kept(String contentType, byte[] html) {

	}

}
