package io.talknotes.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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
 * Search as a person uses it in Chromium: results that follow the words as they are
 * typed, keys to go through them, and the same search with script turned off.
 */
class SearchInABrowserTests {

	@TempDir
	static Path dataDir;

	private static RunningApplication app;

	private static Playwright playwright;

	private static Browser browser;

	@BeforeAll
	static void startAppAndBrowser() {
		app = RunningApplication
			.start(List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir));
		TestAccounts.create(app);
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
	void theResultsFollowTheWordsAsTheyAreTypedWithoutLeavingThePage() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			List<String> problems = problemsOf(page);
			page.navigate(app.baseUrl() + "/search");
			page.evaluate("() => window.sameDocument = true");

			page.locator("#search-q").pressSequentially("vitess", new Locator.PressSequentiallyOptions().setDelay(40));

			assertThat(page).hasURL(Pattern.compile(".*/search\\?q=vitess$"));
			assertThat(page.locator(".hit").first()).containsText("Vitess");
			assertThat(page).hasTitle(Pattern.compile("^vitess · .*"));
			assertThat((Boolean) page.evaluate("() => window.sameDocument === true"))
				.as("the page was not loaded again")
				.isTrue();
			Chromium.screenshot(page, "search-live-390.png");

			page.locator("#search-q").fill("");
			page.locator("#search-q").pressSequentially("qwzxv");
			assertThat(page.locator("#search-results .empty")).isVisible();
			page.goBack();
			assertThat(page.locator(".hit").first()).containsText("Vitess");
			assertThat(problems).isEmpty();
		}
	}

	@Test
	void jAndKGoThroughTheResultsAndNGoesToANewNote() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			List<String> problems = problemsOf(page);
			page.navigate(app.baseUrl() + "/search?q=kubernetes");
			page.locator("body").click(new Locator.ClickOptions().setPosition(1, 1));

			page.keyboard().press("j");
			assertThat(page.locator(".hit").nth(0).locator(".hit-title")).isFocused();
			page.keyboard().press("j");
			assertThat(page.locator(".hit").nth(1).locator(".hit-title")).isFocused();
			page.keyboard().press("k");
			assertThat(page.locator(".hit").nth(0).locator(".hit-title")).isFocused();

			TestAccounts.logIn(page, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);
			page.navigate(app.baseUrl() + "/talks/helm-3-deep-dive");
			page.keyboard().press("n");
			assertThat(page.locator("#add-note textarea")).isFocused();
			assertThat(problems).isEmpty();
		}
	}

	@Test
	void withoutScriptTheFormSearchesWhenSent() {
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(390, 844))) {
			Page page = context.newPage();
			page.navigate(app.baseUrl() + "/search");
			page.locator("#search-q").fill("vitess");
			page.locator("#search-q").press("Enter");

			assertThat(page).hasURL(Pattern.compile(".*/search\\?q=vitess$"));
			assertThat(page.locator(".hit").first()).containsText("Vitess");
		}
	}

	private static List<String> problemsOf(Page page) {
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				problems.add(message.text());
			}
		});
		page.onPageError(problems::add);
		return problems;
	}

}
