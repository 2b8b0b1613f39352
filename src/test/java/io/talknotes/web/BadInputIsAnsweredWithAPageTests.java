package io.talknotes.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.talknotes.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Requests the server cannot read, sent byte for byte over real HTTP: each gets a 4xx
 * page in the site's layout, never Tomcat's bare page or raw JSON, and at most one line
 * in the log.
 */
class BadInputIsAnsweredWithAPageTests {

	private static final String TALK = "/talks/helm-3-deep-dive";

	private static final String FORM = "application/x-www-form-urlencoded";

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	@BeforeAll
	static void warmUp() throws IOException {
		assertThat(send("GET / HTTP/1.0\r\n\r\n").status()).isEqualTo(200);
	}

	@BeforeEach
	void captureLog() {
		this.log.start();
		this.root.addAppender(this.log);
	}

	@AfterEach
	void releaseLog() {
		this.root.detachAppender(this.log);
	}

	static Stream<Arguments> badRequests() {
		String tooLarge = "body=" + "a".repeat(7 * 1024 * 1024) + "&author=Ada";
		return Stream.of(
				argumentSet("multipart body without a boundary", post(TALK + "/notes", "multipart/form-data", "x"),
						400),
				argumentSet("invalid UTF-8 in the query", get("/search?q=%C3%28"), 400),
				argumentSet("invalid UTF-8 in a form", post(TALK + "/notes", FORM, "body=%C3%28&author=Ada"), 400),
				argumentSet("broken %-escape in the query", get("/figures?unit=%ZZ"), 400),
				argumentSet("broken %-escape in a form", post(TALK + "/notes", FORM, "body=100%&author=Ada"), 400),
				argumentSet("NUL in the address", get("/talks/%00"), 400),
				argumentSet("invalid UTF-8 in the address", get("/talks/%C3%28"), 400),
				argumentSet("markup in the address", get("/talks/<script>"), 400),
				argumentSet("form body over the size limit", post(TALK + "/notes", FORM, tooLarge), 413),
				argumentSet("version that is not a number",
						loggedIn(post(TALK + "/notes/1", FORM, "version=abc&body=x")), 400),
				argumentSet("missing version", loggedIn(post(TALK + "/notes/1", FORM, "body=x")), 400),
				argumentSet("method the page does not take",
						loggedIn("PUT /talks HTTP/1.0\r\nContent-Length: 0\r\n\r\n"), 405));
	}

	@ParameterizedTest
	@MethodSource("badRequests")
	void badRequestGetsTheSitesErrorPageAndOneLogLine(String request, int status) throws Exception {
		Response response = send(request);

		assertThat(response.status()).isEqualTo(status);
		assertThat(response.head()).containsIgnoringCase("Content-Type: text/html");
		assertThat(response.body()).contains("class=\"site-header\"", "That request did not work", "/css/talknotes")
			.contains("Check the address, or go back and try again.", "<a href=\"/\">Go to the home page</a>")
			.doesNotContain("Tomcat", "Exception", "\"timestamp\"", "HTTP Status");
		assertAtMostOneLogLine();
	}

	@Test
	void unreadableCookieIsIgnored() throws Exception {
		Response response = send("GET " + TALK + " HTTP/1.0\r\nCookie: talknotes_author=%; other=%E0%A4%A\r\n\r\n");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("<h1>Helm 3 Deep Dive</h1>");
		assertThat(requestLog()).isEmpty();
	}

	@Test
	void unknownParametersAndValuesAreIgnored() throws Exception {
		List<Response> responses = List.of(send(get("/talks?kind=nonsense&notes=maybe&utm_source=mail")),
				send(get("/figures?sort=nonsense&dir=sideways&page=x")), send(get("/search?q=helm&page=first&kind=x")));

		assertThat(responses).extracting(Response::status).containsOnly(200);
		assertThat(requestLog()).isEmpty();
	}

	@Test
	void theJsonApiAnswersBadInputWithJson() throws Exception {
		Response response = send(get("/api/v1/figures/parse?text=%ZZ"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.head()).containsIgnoringCase("Content-Type: application/json");
		assertThat(response.body()).contains("\"status\":400");
		assertAtMostOneLogLine();
	}

	private void assertAtMostOneLogLine() {
		assertThat(requestLog()).as("log events").hasSizeLessThanOrEqualTo(1);
		assertThat(requestLog()).as("log events with a stack trace")
			.allSatisfy((event) -> assertThat(event.getThrowableProxy()).isNull());
	}

	/** What was logged while serving requests, without what background work logged. */
	private List<ILoggingEvent> requestLog() {
		return this.log.list.stream().filter((event) -> event.getThreadName().contains("exec-")).toList();
	}

	private static String get(String target) {
		return "GET " + target + " HTTP/1.0\r\n\r\n";
	}

	/**
	 * The request sent by the admin, logged in, with the CSRF token of its session: what
	 * gets past security to the page itself.
	 */
	private static String loggedIn(String request) {
		int firstLineEnd = request.indexOf("\r\n") + 2;
		return request.substring(0, firstLineEnd) + AdminSession.headers() + request.substring(firstLineEnd);
	}

	private static String post(String target, String contentType, String body) {
		return "POST " + target + " HTTP/1.0\r\nContent-Type: " + contentType + "\r\nContent-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
	}

	/**
	 * Sends the bytes as they are, which an HTTP client library would refuse to, and
	 * reads the whole answer (HTTP/1.0: the server closes the connection after it).
	 */
	private static Response send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", SharedApplication.uri("/").getPort())) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			String host = "Host: 127.0.0.1\r\n";
			int firstLineEnd = request.indexOf("\r\n") + 2;
			out.write((request.substring(0, firstLineEnd) + host + request.substring(firstLineEnd))
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int headEnd = answer.indexOf("\r\n\r\n");
			String head = answer.substring(0, headEnd);
			return new Response(Integer.parseInt(head.substring(9, 12)), head, answer.substring(headEnd + 4));
		}
	}

	private record Response(int status, String head, String body) {
	}

	/** A session of the admin, logged in once through the login page. */
	private static final class AdminSession {

		private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private static String headers;

		static synchronized String headers() {
			if (headers == null) {
				headers = logIn();
			}
			return headers;
		}

		private static String logIn() {
			String password = "admin-password-for-bad-input";
			SharedApplication.bean(AccountService.class).setAdminPassword(password);
			CookieManager cookies = new CookieManager();
			HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
			try {
				String token = token(http.send(HttpRequest.newBuilder(SharedApplication.uri("/login")).build(),
						HttpResponse.BodyHandlers.ofString()));
				http.send(HttpRequest.newBuilder(SharedApplication.uri("/login"))
					.header("Content-Type", FORM)
					.POST(HttpRequest.BodyPublishers
						.ofString("username=admin&password=" + password + "&_csrf=" + token))
					.build(), HttpResponse.BodyHandlers.discarding());
				String pageToken = token(
						http.send(HttpRequest.newBuilder(SharedApplication.uri("/account/password")).build(),
								HttpResponse.BodyHandlers.ofString()));
				String session = cookies.getCookieStore()
					.getCookies()
					.stream()
					.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
					.findFirst()
					.orElseThrow()
					.getValue();
				return "Cookie: JSESSIONID=" + session + "\r\nX-CSRF-TOKEN: " + pageToken + "\r\n";
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private static String token(HttpResponse<String> page) {
			Matcher matcher = TOKEN.matcher(page.body());
			assertThat(matcher.find()).as("a form with a CSRF token on %s", page.uri()).isTrue();
			return matcher.group(1);
		}

	}

}
