package io.talknotes.search;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.talknotes.AppInABrowser;
import io.talknotes.Chromium;
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

	private static AppInABrowser app;

	private static Browser browser;

	@BeforeAll
	static void startAppAndBrowser() {
		app = AppInABrowser.start(dataDir);
		browser = app.browser();
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void theResultsFollowTheWordsAsTheyAreTypedWithoutLeavingThePage() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			List<String> problems = AppInABrowser.problemsOf(page);
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
			List<String> problems = AppInABrowser.problemsOf(page);
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

}
