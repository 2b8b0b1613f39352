package io.talknotes.web;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.talknotes.system.DataVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Whole pages of readers who are not signed in, rendered once per version of the data and
 * kept: the next reader of the same page, with the same languages, theme and htmx shape,
 * gets the kept page (its HTML and its headers) without a query, a template run, Spring
 * Security's filters or Spring MVC. {@link ConditionalPages}, which reads the version of
 * the data and sets the page's entity tag, marks the pages that may be kept; this filter
 * keeps what such a request rendered, and gives it to the next such reader, answering 304
 * Not Modified when that reader sends back its entity tag.
 * <p>
 * Only a reader without a session or credentials is answered from here or kept: the pages
 * of a session may hold its CSRF token or a message for it. The filter runs before Spring
 * Security's, so that a kept page costs little more than the copying of its bytes, which
 * is safe because such a reader is anonymous to Spring Security too: a session cookie or
 * an {@code Authorization} header is all that could sign a request in. A page is kept
 * only when it was a 200 of HTML that started no session (a form's CSRF token would have)
 * and set no cookie, with the headers Spring Security and the page gave it. The version
 * of the data is read before the page's data, and a write raises it in its own
 * transaction, so a kept page is never older than its version; once the version moves, on
 * any node sharing the database, everything kept is dropped.
 * <p>
 * The metric {@code talknotes.pages.kept.requests} counts the pages given from here
 * ({@code answer=kept}) and those rendered that could have been
 * ({@code answer=rendered}); {@code http.server.requests} counts a kept page under its
 * controller's address pattern, as a rendered one.
 */
@Component
class KeptPages extends OncePerRequestFilter implements Ordered {

	/**
	 * After Spring's request context (-105), whose request the data version remembers its
	 * reading in, and before Spring Security's filters (-100).
	 */
	static final int ORDER = -101;

	/**
	 * How much HTML is kept, in bytes, the least recently shown going first: about two
	 * hundred pages of a talk.
	 */
	private static final int BUDGET = 4 * 1024 * 1024;

	/** The request attribute that names a page to keep once it is rendered. */
	private static final String KEEP = KeptPages.class.getName() + ".KEEP";

	/** Headers a kept page is given anew, rather than as they were. */
	private static final Set<String> NOT_KEPT = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

	static {
		NOT_KEPT.addAll(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_LANGUAGE,
				HttpHeaders.SET_COOKIE, HttpHeaders.DATE, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONNECTION));
	}

	private final int budget;

	/**
	 * The version of the data as committed now; {@code null} in a test of the web layer.
	 */
	private final Supplier<LongSupplier> data;

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
	KeptPages(ObjectProvider<DataVersion> data, ObjectProvider<MeterRegistry> meters) {
		this(BUDGET, SingletonSupplier.ofNullable(() -> {
			DataVersion version = data.getIfAvailable();
			return (version != null) ? version::current : null;
		}), meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	KeptPages(int budget, Supplier<LongSupplier> data, MeterRegistry meters) {
		this.budget = budget;
		this.data = data;
		this.givenKept = answers("kept", meters);
		this.rendered = answers("rendered", meters);
	}

	private static Counter answers(String answer, MeterRegistry meters) {
		return Counter.builder("talknotes.pages.kept.requests")
			.description("Requests of visitors' pages, given from the pages kept or rendered")
			.tag("answer", answer)
			.register(meters);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	/**
	 * Whether a request may be answered with a kept page, or its page kept: a GET of a
	 * reader without a session, a login or credentials.
	 */
	static boolean mayBeKept(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && request.getRequestedSessionId() == null
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getUserPrincipal() == null;
	}

	/**
	 * Keeps the page of this request once it is rendered.
	 * @param request a request that {@link #mayBeKept may be kept}
	 * @param version the version of the data, read before anything else of the request
	 * @param shape what else makes the page differ from one reader to another
	 */
	void keepOnceRendered(HttpServletRequest request, long version, ConditionalPages.Shape shape) {
		this.rendered.increment();
		request.setAttribute(KEEP, new Pending(version, new Key(pathAndQuery(request), shape)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!mayBeKept(request)) {
			chain.doFilter(request, response);
			return;
		}
		Kept page = current(new Key(pathAndQuery(request), ConditionalPages.Shape.of(request)));
		if (page != null) {
			give(page, request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, rendering);
			if (request.getAttribute(KEEP) instanceof Pending pending && isPlainPage(rendering)
					&& request.getSession(false) == null) {
				keep(pending, new Kept(pending.version(), rendering.getContentType(), rendering.getLocale(),
						headers(rendering), pattern(request), rendering.getContentAsByteArray()));
			}
		}
		finally {
			rendering.copyBodyToResponse();
		}
	}

	/**
	 * The page kept under this key, if it was made from the version of the data committed
	 * now. The version is read only when a page is kept under the key: other requests,
	 * such as those of static files, read nothing.
	 */
	private Kept current(Key key) {
		LongSupplier data = this.data.get();
		if (data == null) {
			return null;
		}
		Kept page;
		synchronized (this.pages) {
			page = this.pages.get(key);
		}
		return (page != null && page.version() == data.getAsLong()) ? page : null;
	}

	private void give(Kept page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		page.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setLocale(page.locale());
		if (page.pattern() != null) {
			ServerHttpObservationFilter.findObservationContext(request)
				.ifPresent((context) -> context.setPathPattern(page.pattern()));
		}
		if (ConditionalPages.sentBack(request, response.getHeader(HttpHeaders.ETAG))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		this.givenKept.increment();
		response.setContentType(page.contentType());
		response.setContentLength(page.html().length);
		response.getOutputStream().write(page.html());
	}

	private static boolean isPlainPage(HttpServletResponse response) {
		String type = response.getContentType();
		return response.getStatus() == HttpServletResponse.SC_OK && type != null
				&& MediaType.parseMediaType(type).isCompatibleWith(MediaType.TEXT_HTML)
				&& !response.containsHeader(HttpHeaders.SET_COOKIE);
	}

	private static Map<String, List<String>> headers(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
			if (!NOT_KEPT.contains(name)) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return headers;
	}

	private static String pattern(HttpServletRequest request) {
		return (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern)
				? pattern : null;
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

	/**
	 * A page kept: what it was made from, what it is, and the address pattern of its
	 * controller for the request metrics.
	 */
	private record Kept(long version, String contentType, Locale locale, Map<String, List<String>> headers,
			String pattern, byte[] html) {

	}

}
