package io.talknotes.web;

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

	private final ObjectProvider<DataVersion> data;

	/**
	 * Without a data version, as in a test of the web layer alone, pages are always made.
	 */
	ConditionalPages(ObjectProvider<DataVersion> data) {
		this.data = data;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(PAGES);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		DataVersion version = this.data.getIfAvailable();
		if (version == null || !mayBeKept(request)) {
			return true;
		}
		String tag = "W/\"" + version.current() + "-" + Integer.toHexString(shape(request)) + "\"";
		response.setHeader(HttpHeaders.ETAG, tag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.addHeader(HttpHeaders.VARY, "Cookie, Accept-Language, HX-Request");
		if (sentBack(request, tag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return false;
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

	private static boolean sentBack(HttpServletRequest request, String tag) {
		String sent = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (sent == null) {
			return false;
		}
		for (String one : sent.split(",")) {
			if (one.strip().equals(tag)) {
				return true;
			}
		}
		return false;
	}

	/** What, beside the data, makes one reader's page differ from another's. */
	private static int shape(HttpServletRequest request) {
		return Objects.hash(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), request.getHeader("HX-Request"),
				cookie(request, ThemeChoice.COOKIE));
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
