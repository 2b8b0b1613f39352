package io.talknotes;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the running application over real HTTP, the way a browser fills in its
 * forms: the session cookie is kept, redirects are not followed (a redirect is the
 * application's confirmation), the anti-forgery token of the form page goes with every
 * post when the page has one, and {@link #logIn} signs in when the application asks for
 * accounts.
 */
public final class FormSession {

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(this.cookies)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI base;

	private volatile String csrf;

	/**
	 * A new visitor, without cookies.
	 * @param baseUrl where the application listens, e.g. {@code http://127.0.0.1:8080}
	 */
	public FormSession(String baseUrl) {
		this.base = URI.create(baseUrl);
	}

	/**
	 * Signs in through the login form when the application has one; an application
	 * without accounts lets everyone write, and nothing is done.
	 */
	public void logIn(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> page = get("/login");
		if (page.statusCode() != 200 || !page.body().contains("name=\"password\"")) {
			return;
		}
		this.csrf = csrfIn(page.body());
		HttpResponse<String> answer = post("/login", "/login", Map.of("username", username, "password", password));
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Login as " + username + " refused: " + answer.statusCode());
		}
		// A new session after login comes with a new token.
		this.csrf = null;
	}

	/** Fetches a page. */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(this.base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Submits a form, as a browser does from the page that shows it.
	 * @param formPage the page with the form, read once for its anti-forgery token
	 * @param action where the form posts
	 * @param fields the fields filled in
	 * @return the answer: a redirect when the application took the form
	 */
	public HttpResponse<String> post(String formPage, String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> all = new LinkedHashMap<>(fields);
		String token = this.csrf;
		if (token == null) {
			token = csrfIn(get(formPage).body());
			this.csrf = token;
		}
		if (!token.isEmpty()) {
			all.put("_csrf", token);
		}
		String body = all.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve(action))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The value of a cookie the application set, or {@code null}. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String csrfIn(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			return "";
		}
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
