package io.talknotes.web;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.talknotes.Chromium;
import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser logged in as an admin, a page of another site submits a form that
 * would delete a seeded note: the request arrives without the session and without the
 * form's token, and the note stays.
 */
class CrossSiteRequestTests {

	private static final String TALK = "/talks/helm-3-deep-dive";

	private static final String ATTACKER = "http://attacker.example";

	@TempDir
	static Path dataDir;

	private static RunningApplication app;

	private static Playwright playwright;

	private static Browser browser;

	@BeforeAll
	static void start() {
		app = RunningApplication
			.start(List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir));
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void stop() {
		try {
			if (playwright != null) {
				playwright.close();
			}
		}
		finally {
			if (app != null) {
				app.close();
			}
		}
	}

	@Test
	void aFormOnAnotherSiteCannotDeleteANote() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			TestAccounts.logIn(page, app.baseUrl(), "admin", TestAccounts.ADMIN_PASSWORD);
			page.navigate(app.baseUrl() + TALK);
			String noteId = firstNoteId(page.content());
			String deleteUrl = app.baseUrl() + TALK + "/notes/" + noteId + "/delete";
			// The other site's page, served by the browser's own routing: it posts at
			// once
			context.route(ATTACKER + "/**",
					(route) -> route
						.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setContentType("text/html")
							.setBody("<form method=post action='" + deleteUrl + "'></form>"
									+ "<script>document.forms[0].submit()</script>")));

			Response forged = page.waitForResponse(deleteUrl, () -> page.navigate(ATTACKER + "/prize.html"));

			assertThat(forged.status()).isEqualTo(403);
			page.navigate(app.baseUrl() + TALK);
			assertThat(page.locator("#note-" + noteId)).isVisible();
			// Still logged in: only the forged request went without the session
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).isVisible();
		}
	}

	private static String firstNoteId(String html) {
		Matcher note = Pattern.compile("id=\"note-(\\d+)\"").matcher(html);
		assertThat(note.find()).as("the talk has a seeded note").isTrue();
		return note.group(1);
	}

}
