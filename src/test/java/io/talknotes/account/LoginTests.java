package io.talknotes.account;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in and out of a running Talknotes over HTTP: the session it gives, the one
 * message every failure gets, the throttle on guessing, and the CSRF token every form
 * must carry. Each test that fails logins does so from its own client address, as a proxy
 * would report it, so that the throttle of one does not reach another.
 */
class LoginTests {

	private static final String TALK = "/talks/helm-3-deep-dive";

	private static final Pattern ALERT = Pattern.compile("<p class=\"alert\" role=\"alert\">([^<]*)</p>");

	@TempDir
	static Path dataDir;

	private static RunningApplication app;

	@BeforeAll
	static void start() {
		app = RunningApplication
			.start(List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir));
		TestAccounts.create(app);
		AccountService accounts = app.bean(AccountService.class);
		accounts.create("tom", "Tom Thumb", Role.EDITOR, TestAccounts.PASSWORD);
		accounts.create("dora", "Dora Disabled", Role.EDITOR, TestAccounts.PASSWORD);
		accounts.enable("dora", false);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void loggingInGivesANewSessionAndShowsWhoIsLoggedIn() {
		WebSession session = WebSession.visitor(app);
		String before = session.cookie("JSESSIONID");

		HttpResponse<String> response = session.logIn(TestAccounts.EDITOR, TestAccounts.PASSWORD);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(WebSession.location(response)).isEqualTo("/");
		assertThat(session.cookie("JSESSIONID")).as("the session id changes at login").isNotNull().isNotEqualTo(before);
		assertThat(session.get("/").body()).contains("<span class=\"signed-in\">Ada Lovelace</span>", "Log out")
			.doesNotContain(">Log in<");
	}

	@Test
	void loggingOutEndsTheSession() {
		WebSession session = WebSession.loggedIn(app, TestAccounts.EDITOR, TestAccounts.PASSWORD);

		HttpResponse<String> out = session.post("/logout");

		assertThat(WebSession.location(out)).isEqualTo("/login?logout");
		assertThat(session.get("/login?logout").body()).contains("You are logged out.");
		assertThat(session.get("/account/password").statusCode()).isEqualTo(302);
	}

	@Test
	void anAccountAnAdminDisablesOrDemotesIsLoggedOutAtOnce() {
		AccountService accounts = app.bean(AccountService.class);
		accounts.create("eve", "Eve Editor", Role.EDITOR, TestAccounts.PASSWORD);
		accounts.create("rob", "Rob Reader", Role.EDITOR, TestAccounts.PASSWORD);
		WebSession eve = WebSession.loggedIn(app, "eve", TestAccounts.PASSWORD);
		WebSession rob = WebSession.loggedIn(app, "rob", TestAccounts.PASSWORD);
		WebSession admin = WebSession.loggedIn(app, "admin", TestAccounts.ADMIN_PASSWORD);
		assertThat(eve.get("/account/password").statusCode()).isEqualTo(200);

		admin.post("/admin/accounts/eve/enabled", "enabled", "false");
		admin.post("/admin/accounts/rob/role", "role", "READER");

		HttpResponse<String> next = eve.get("/account/password");
		assertThat(WebSession.location(next)).isEqualTo("/login?expired");
		assertThat(eve.get("/login?expired").body()).contains("Log in again to go on.");
		assertThat(eve.get("/account/password").statusCode()).as("no longer logged in").isEqualTo(302);
		assertThat(WebSession.location(rob.get("/"))).isEqualTo("/login?expired");
		WebSession robAgain = WebSession.loggedIn(app, "rob", TestAccounts.PASSWORD);
		assertThat(robAgain.post("/talks/helm-3-deep-dive/notes", "body", "still an editor?").statusCode())
			.as("logged in again as a reader")
			.isEqualTo(403);
		assertThat(admin.get("/admin/accounts").statusCode()).as("the admin's own session goes on").isEqualTo(200);
	}

	@Test
	void theSessionCookieIsHttpOnlyLaxAndSecureBehindHttps() throws Exception {
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		String plain = http
			.send(java.net.http.HttpRequest.newBuilder(app.uri("/login")).build(),
					HttpResponse.BodyHandlers.discarding())
			.headers()
			.firstValue("Set-Cookie")
			.orElseThrow();
		String behindHttps = http
			.send(java.net.http.HttpRequest.newBuilder(app.uri("/login")).header("X-Forwarded-Proto", "https").build(),
					HttpResponse.BodyHandlers.discarding())
			.headers()
			.firstValue("Set-Cookie")
			.orElseThrow();

		assertThat(plain).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		assertThat(behindHttps).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax", "Secure");
	}

	@Test
	void aWrongPasswordAnUnknownNameAndADisabledAccountGetTheSameMessage() {
		String wrongPassword = failedLogin("203.0.113.1", TestAccounts.EDITOR, "not-the-password");
		String unknown = failedLogin("203.0.113.2", "nobody-here", "not-the-password");
		String disabled = failedLogin("203.0.113.3", "dora", TestAccounts.PASSWORD);
		String cannotLogIn = failedLogin("203.0.113.4", "corey-gale", "");

		assertThat(wrongPassword).isEqualTo("That username and password did not work. Check both and try again.");
		assertThat(List.of(unknown, disabled, cannotLogIn)).containsOnly(wrongPassword);
	}

	@Test
	void afterFiveFailuresAnAccountMustWaitEvenWithTheRightPassword() {
		for (int i = 0; i < 5; i++) {
			failedLogin("203.0.113." + (10 + i), "tom", "guess-" + i);
		}

		String refused = failedLogin("203.0.113.20", "tom", TestAccounts.PASSWORD);
		String unknownRefused = refusedAfterFiveFailures("nobody-at-all");

		assertThat(refused).matches("Too many failed attempts\\. Wait \\d+ seconds? before you try again; .*");
		assertThat(seconds(refused)).isBetween(1, 8);
		assertThat(unknownRefused).as("an unknown name is throttled alike").matches("Too many failed attempts.*");
	}

	@Test
	void afterFiveFailuresFromOneAddressItMustWaitWhateverTheAccount() {
		for (int i = 0; i < 5; i++) {
			failedLogin("198.51.100.7", "someone-" + i, "guess");
		}

		assertThat(failedLogin("198.51.100.7", TestAccounts.READER, TestAccounts.PASSWORD))
			.startsWith("Too many failed attempts.");
		assertThat(WebSession.visitorFrom(app, "198.51.100.8").logIn(TestAccounts.READER, TestAccounts.PASSWORD))
			.as("another address may still log in")
			.satisfies((response) -> assertThat(WebSession.location(response)).isEqualTo("/"));
	}

	@Test
	void aPostWithoutTheFormsTokenIsRefusedAndChangesNothing() {
		WebSession editor = WebSession.loggedIn(app, TestAccounts.EDITOR, TestAccounts.PASSWORD);

		HttpResponse<String> forged = editor.postWithoutToken(TALK + "/notes", "body", "Forged note");
		HttpResponse<String> wrongToken = editor.postWithoutToken(TALK + "/notes", "body", "Forged note", "_csrf",
				"made-up");

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(wrongToken.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("Not allowed", "Nothing was saved. Go back").doesNotContain("Exception");
		assertThat(editor.get(TALK).body()).doesNotContain("Forged note");
		assertThat(editor.post(TALK + "/notes", "body", "Genuine note").statusCode()).isEqualTo(302);
		assertThat(editor.get(TALK).body()).contains("Genuine note");
	}

	@Test
	void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() {
		app.bean(AccountService.class).create("pat", "Pat Password", Role.READER, TestAccounts.PASSWORD);
		WebSession pat = WebSession.loggedIn(app, "pat", TestAccounts.PASSWORD);
		pat.get("/account/password");

		String wrong = pat
			.post("/account/password", "currentPassword", "nope-nope-nope", "newPassword", "a brand new password",
					"repeatedPassword", "a brand new password")
			.body();
		String different = pat
			.post("/account/password", "currentPassword", TestAccounts.PASSWORD, "newPassword", "a brand new password",
					"repeatedPassword", "another one entirely")
			.body();
		String tooShort = pat
			.post("/account/password", "currentPassword", TestAccounts.PASSWORD, "newPassword", "short",
					"repeatedPassword", "short")
			.body();
		HttpResponse<String> changed = pat.post("/account/password", "currentPassword", TestAccounts.PASSWORD,
				"newPassword", "a brand new password", "repeatedPassword", "a brand new password");

		assertThat(wrong).contains("That is not your current password.");
		assertThat(different).contains("The two new passwords are not the same");
		assertThat(tooShort).contains("A password needs at least 10 characters.");
		assertThat(WebSession.location(changed)).isEqualTo("/account/password");
		assertThat(pat.get("/account/password").body()).contains("Your password was changed.");
		assertThat(WebSession.visitorFrom(app, "192.0.2.40").logIn("pat", TestAccounts.PASSWORD))
			.satisfies((response) -> assertThat(WebSession.location(response)).isEqualTo("/login?error"));
		WebSession.loggedIn(app, "pat", "a brand new password");
	}

	/** Fails to log in from an address, and returns the message the login page shows. */
	private static String failedLogin(String address, String username, String password) {
		WebSession session = WebSession.visitorFrom(app, address);
		HttpResponse<String> response = session.logIn(username, password);
		assertThat(WebSession.location(response)).isEqualTo("/login?error");
		Matcher alert = ALERT.matcher(session.get("/login?error").body());
		assertThat(alert.find()).as("the login page says why").isTrue();
		return alert.group(1);
	}

	private static String refusedAfterFiveFailures(String username) {
		for (int i = 0; i < 5; i++) {
			failedLogin("203.0.113." + (30 + i), username, "guess-" + i);
		}
		return failedLogin("203.0.113.40", username, "guess-again");
	}

	private static int seconds(String message) {
		Matcher number = Pattern.compile("Wait (\\d+) seconds?").matcher(message);
		assertThat(number.find()).isTrue();
		return Integer.parseInt(number.group(1));
	}

}
