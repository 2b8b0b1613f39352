package io.talknotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser session with a running Talknotes, over real HTTP: cookies kept,
 * redirects not followed, and every post carrying the CSRF token of the last page that
 * had a form, as a browser submitting that form would.
 */
public final class WebSession {

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(this.cookies)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final RunningApplication app;

	/** Sent with every request; a browser asks for HTML first. */
	private final List<String> headers = new ArrayList<>(
			List.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));

	private String csrfToken = "";

	private WebSession(RunningApplication app) {
		this.app = app;
	}

	/** A visitor who opened the login page and so holds a CSRF token, but no account. */
	public static WebSession visitor(RunningApplication app) {
		WebSession session = new WebSession(app);
		session.get("/login");
		return session;
	}

	/**
	 * A visitor whose requests seem to come from this address, through a trusted proxy.
	 */
	public static WebSession visitorFrom(RunningApplication app, String address) {
		WebSession session = new WebSession(app);
		session.headers.add("X-Forwarded-For");
		session.headers.add(address);
		session.get("/login");
		return session;
	}

	/**
	 * Someone logged in with this username and password; fails when that did not work.
	 */
	public static WebSession loggedIn(RunningApplication app, String username, String password) {
		WebSession session = visitor(app);
		HttpResponse<String> response = session.logIn(username, password);
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("/login")) {
			throw new IllegalStateException("Logging in as " + username + " failed: " + response.statusCode());
		}
		session.get("/");
		return session;
	}

	/** Posts the login form. */
	public HttpResponse<String> logIn(String username, String password) {
		return post("/login", "username", username, "password", password);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(this.app.uri(path)).GET());
	}

	/** Posts a form with these names and values, and the CSRF token. */
	public HttpResponse<String> post(String path, String... namesAndValues) {
		return postForm(path, form(namesAndValues) + "&" + form("_csrf", this.csrfToken));
	}

	/**
	 * Posts a form that uploads a file ({@code multipart/form-data}), with the CSRF
	 * token, as a browser sends a form with a file input.
	 * @param fileField the file input's name
	 * @param fileName the file's name, or {@code null} to send the input empty
	 * @param content the file
	 * @param namesAndValues the other fields, in pairs
	 */
	public HttpResponse<String> postFile(String path, String fileField, String fileName, byte[] content,
			String... namesAndValues) {
		String boundary = "----talknotes" + System.nanoTime();
		List<byte[]> parts = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parts.add(part(boundary, "name=\"" + namesAndValues[i] + "\"",
					namesAndValues[i + 1].getBytes(StandardCharsets.UTF_8)));
		}
		parts.add(part(boundary, "name=\"_csrf\"", this.csrfToken.getBytes(StandardCharsets.UTF_8)));
		String file = "name=\"" + fileField + "\"; filename=\"" + ((fileName != null) ? fileName : "")
				+ "\"\r\nContent-Type: application/octet-stream";
		parts.add(part(boundary, file, (fileName != null) ? content : new byte[0]));
		parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(this.app.uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
	}

	private static byte[] part(String boundary, String disposition, byte[] content) {
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] part = new byte[head.length + content.length + 2];
		System.arraycopy(head, 0, part, 0, head.length);
		System.arraycopy(content, 0, part, head.length, content.length);
		part[part.length - 2] = '\r';
		part[part.length - 1] = '\n';
		return part;
	}

	/** Posts a form with these names and values as a forged form would: without token. */
	public HttpResponse<String> postWithoutToken(String path, String... namesAndValues) {
		return postForm(path, form(namesAndValues));
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

	/** Where a redirect points, as a path with its query. */
	public static String location(HttpResponse<?> response) {
		URI location = response.uri().resolve(response.headers().firstValue("Location").orElse(""));
		return location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : "");
	}

	private HttpResponse<String> postForm(String path, String body) {
		return send(HttpRequest.newBuilder(this.app.uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		request.headers(this.headers.toArray(String[]::new));
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher token = CSRF_TOKEN.matcher(response.body());
			if (token.find()) {
				this.csrfToken = token.group(1);
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String form(String... namesAndValues) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			pairs.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return String.join("&", pairs);
	}

}
