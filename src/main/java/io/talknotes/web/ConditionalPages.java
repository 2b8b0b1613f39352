package io.talknotes.web;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.talknotes.system.DataVersion;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Lets readers' browsers keep the pages they read and ask whether they changed: a page
 * read without signing in carries an entity tag made of the version of the data and of
 * what else shapes the page (language, theme, a partial page for htmx), and a request
 * that sends back the same tag is answered 304 Not Modified before the page's controller
 * runs, so nothing is read or rendered.
 * <p>
 * A visitor's page that was not sent back is kept once rendered, for the next visitor
 * ({@link KeptPages}), who is answered before this runs.
 * <p>
 * Pages of a signed-in reader are still never stored, nor is a page that shows a message
 * after a change, nor search, whose index may follow the database a moment late on
 * several nodes.
 */
@Component
class ConditionalPages implements WebMvcConfigurer, HandlerInterceptor {

	/** The pages that only show data. */
	private static final String[] PAGES = { "/", "/talks", "/talks/**", "/conferences/**", "/companies",
			"/companies/**", "/projects", "/projects/**", "/speakers/**", "/figures", "/figures/**" };

	private static final Set<String> METHODS = Set.of("GET", "HEAD");

	/** Looked up once: a look-up per request took a few percent of a kept page. */
	private final SingletonSupplier<DataVersion> data;

	private final KeptPages keptPages;

	/**
	 * Without a data version, as in a test of the web layer alone, pages are always made.
	 */
	ConditionalPages(ObjectProvider<DataVersion> data, KeptPages keptPages) {
		this.data = SingletonSupplier.of(data::getIfAvailable);
		this.keptPages = keptPages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(PAGES);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		DataVersion data = this.data.get();
		if (data == null || !mayBeKept(request)) {
			return true;
		}
		long version = data.current();
		Shape shape = Shape.of(request);
		String tag = "W/\"" + version + "-" + Integer.toHexString(shape.hashCode()) + "\"";
		response.setHeader(HttpHeaders.ETAG, tag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.addHeader(HttpHeaders.VARY, "Cookie, Accept-Language, HX-Request");
		if (sentBack(request, tag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return false;
		}
		if (KeptPages.mayBeKept(request)) {
			this.keptPages.keepOnceRendered(request, version, shape);
		}
		return true;
	}

	private static boolean mayBeKept(HttpServletRequest request) {
		if (!METHODS.contains(request.getMethod()) || request.getUserPrincipal() != null) {
			return false;
		}
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		return flash == null || flash.isEmpty();
	}

	/** Whether the request sends back this entity tag. */
	static boolean sentBack(HttpServletRequest request, String tag) {
		String sent = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (sent == null || tag == null) {
			return false;
		}
		for (String one : sent.split(",")) {
			if (one.strip().equals(tag)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What, beside the data, makes one reader's page differ from another's: the languages
	 * the browser asks for, whether htmx asks for a part of the page, the theme chosen.
	 */
	record Shape(String languages, String htmx, String theme) {

		static Shape of(HttpServletRequest request) {
			return new Shape(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), request.getHeader("HX-Request"),
					cookie(request, ThemeChoice.COOKIE));
		}

		/** Spelled out, as it is part of the entity tag: the same on every node. */
		@Override
		public int hashCode() {
			return Objects.hash(this.languages, this.htmx, this.theme);
		}

	}

	private static String cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

}
