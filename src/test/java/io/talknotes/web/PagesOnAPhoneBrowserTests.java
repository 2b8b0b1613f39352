package io.talknotes.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.talknotes.Chromium;
import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the pages look and behave in Chromium on a phone, 390 px wide, and on a desktop:
 * styles that apply at every width, what a keyboard and a screen reader meet. Screenshots
 * land in {@code target/screenshots}.
 */
class PagesOnAPhoneBrowserTests {

	@TempDir
	static Path dataDir;

	private static RunningApplication app;

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	private List<String> problems;

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

	@AfterEach
	void closeContextWithoutProblems() {
		if (this.context != null) {
			this.context.close();
		}
		assertThat(this.problems).as("errors the browser reported").isEmpty();
	}

	@Test
	void theFiguresPageKeepsTheStylesOfItsChartsTableAndFormOnAPhone() {
		Page page = phone();
		TestAccounts.logIn(page, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);

		page.navigate(app.baseUrl() + "/metrics");
		Chromium.screenshot(page, "figures-390.png");

		Locator chart = page.locator("figure.chart").first();
		assertThat(style(chart, "backgroundColor")).isEqualTo("rgb(255, 255, 255)");
		assertThat(style(chart, "borderTopStyle")).isEqualTo("solid");
		assertThat(style(chart, "borderTopLeftRadius")).isEqualTo("10px");
		assertThat(style(page.locator("table.metrics"), "minWidth")).as("the table scrolls inside its frame")
			.isNotEqualTo("0px");
		assertFitsTheScreen(page);

		page.navigate(app.baseUrl() + "/talks/helm-3-deep-dive/metrics/new");
		Locator fieldset = page.locator("fieldset.choice").first();
		assertThat(style(fieldset, "borderTopWidth")).as("the figure form's fieldsets have no frame").isEqualTo("0px");
		Chromium.screenshot(page, "figure-form-390.png");
		assertFitsTheScreen(page);
	}

	private Page phone() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true));
		return watched(this.context.newPage());
	}

	private Page watched(Page page) {
		this.problems = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.problems.add(message.text());
			}
		});
		page.onPageError(this.problems::add);
		return page;
	}

	private static String style(Locator element, String property) {
		return (String) element.evaluate("(e, p) => getComputedStyle(e)[p]", property);
	}

	private static void assertFitsTheScreen(Page page) {
		List<?> widths = (List<?>) page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
		assertThat(((Number) widths.get(0)).intValue())
			.as("page width of %s at a %d px wide viewport", page.url(), ((Number) widths.get(1)).intValue())
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
	}

}
