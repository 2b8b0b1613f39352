package io.talknotes.figure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.talknotes.Chromium;
import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: someone opens a talk, types a figure for a company that is not in
 * Talknotes yet, checks how it was understood, saves it and finds it compared with the
 * other figures in its unit.
 */
class AddFigureJourneyTests {

	private static final String TALK = "/talks/low-latency-multi-cluster-networking-with-kubernetes";

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@TempDir
	static Path dataDir;

	private static RunningApplication app;

	private static Playwright playwright;

	private static Browser browser;

	private static String base;

	@BeforeAll
	static void startAppAndBrowser() {
		app = RunningApplication
			.start(List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir));
		base = app.baseUrl();
		TestAccounts.create(app);
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
		if (app != null) {
			app.close();
		}
	}

	@Test
	void addsAFigureForANewCompanyAndFindsItComparedWithTheOthers() throws Exception {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			List<String> problems = problemsOf(page);

			TestAccounts.logIn(page, base, TestAccounts.EDITOR, TestAccounts.PASSWORD);
			page.navigate(base + TALK);
			page.locator("#add-figure summary").click();
			page.getByLabel("Figure as quoted").fill("12k+ pods");
			// Understood while typing, before anything is sent
			PlaywrightAssertions.assertThat(page.locator("#add-figure [data-field=fullForm]"))
				.hasText("at least 12,000 pods");
			Files.createDirectories(SCREENSHOTS);
			page.locator("#figures")
				.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("talk-figures.png")));
			page.getByLabel("Context (optional)").fill("Robot fleet");
			page.getByLabel("Or a new company").fill("Acme Robotics");

			button(page, "Preview").click();
			PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Add a figure");
			PlaywrightAssertions.assertThat(page.locator(".figure-preview")).containsText("at least 12,000 pods");
			PlaywrightAssertions.assertThat(page.locator(".figure-preview [data-field=qualifier]")).hasText("at least");
			PlaywrightAssertions.assertThat(page.getByLabel("Or a new company")).hasValue("Acme Robotics");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("figure-preview.png")));

			button(page, "Save figure").click();
			PlaywrightAssertions.assertThat(page.locator(".flash")).hasText("The figure was added.");
			PlaywrightAssertions.assertThat(page.locator("#figures")).containsText("12k+ pods");

			// The new figure is searchable at once
			page.navigate(base + "/search?q=%22robot+fleet%22");
			PlaywrightAssertions.assertThat(page.locator(".hit-title"))
				.hasText("Low Latency Multi-cluster Networking with Kubernetes");

			page.navigate(base + "/figures");
			Locator row = page.locator("table.figures tbody tr")
				.filter(new Locator.FilterOptions().setHasText("12k+ pods"));
			PlaywrightAssertions.assertThat(row).containsText("Acme Robotics");
			PlaywrightAssertions.assertThat(row).containsText("at least 12,000");
			Locator bar = page.locator("#chart-pods .bar-row")
				.filter(new Locator.FilterOptions().setHasText("Acme Robotics"));
			PlaywrightAssertions.assertThat(bar.locator(".bar-label")).isVisible();
			PlaywrightAssertions.assertThat(bar.locator(".bar-value")).hasText("12k+ pods");

			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("figures.png")).setFullPage(true));
			page.locator(".charts")
				.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("figures-charts.png")));
			assertThat(problems).isEmpty();
		}
	}

	@Test
	void theFiguresPageFitsAPhoneWithOnlyTheTableScrollingSideways() throws Exception {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			List<String> problems = problemsOf(page);

			page.navigate(base + "/figures");

			Object pageOverflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) pageOverflow).intValue()).isLessThanOrEqualTo(0);
			Object tableOverflow = page.evaluate(
					"(() => { const w = document.querySelector('.table-wrap'); return w.scrollWidth - w.clientWidth; })()");
			assertThat(((Number) tableOverflow).intValue()).isPositive();
			List<?> cut = (List<?>) page.evaluate("""
					[...document.querySelectorAll('.chart-svg text')].filter((text) => {
						const box = text.getBBox();
						return box.x < -2 || box.x + box.width > text.ownerSVGElement.clientWidth + 2;
					}).map((text) => text.textContent)""");
			assertThat(cut).as("chart texts that run past the chart's edges").isEmpty();
			PlaywrightAssertions
				.assertThat(page.locator("#chart-nodes-per-cluster .bar-label")
					.filter(new Locator.FilterOptions().setHasText("Airbnb (Practical Kubernetes cluster")))
				.hasText("Airbnb (Practical Kubernetes cluster size)");
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("figures-phone.png")).setFullPage(true));
			page.locator(".charts")
				.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("figures-phone-charts.png")));
			assertThat(problems).isEmpty();
		}
	}

	@Test
	void whileTypingThePreviewSaysHowToTeachAnUnknownUnitAndHowAKnownOneCompares() throws Exception {
		for (int width : new int[] { 390, 1280 }) {
			try (BrowserContext context = browser
				.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
				Page page = context.newPage();
				List<String> problems = problemsOf(page);
				TestAccounts.logIn(page, base, TestAccounts.EDITOR, TestAccounts.PASSWORD);
				page.navigate(base + TALK + "/figures/new");
				Locator preview = page.locator(".figure-preview");

				page.getByLabel("Figure as quoted").fill("4k keyspaces");
				PlaywrightAssertions.assertThat(preview.locator("[data-field=unitLine]")).hasText("keyspaces = count");
				PlaywrightAssertions.assertThat(preview.locator("[data-teach]")).containsText("units.txt");
				Files.createDirectories(SCREENSHOTS);
				preview.screenshot(new Locator.ScreenshotOptions()
					.setPath(SCREENSHOTS.resolve("figure-preview-unknown-unit-" + width + ".png")));
				Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
				assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

				page.getByLabel("Figure as quoted").fill("p99 under 250 µs");
				PlaywrightAssertions.assertThat(preview.locator("[data-field=percentile]")).hasText("p99");
				PlaywrightAssertions.assertThat(preview.locator("[data-field=comparesAs]")).hasText("0.00025 seconds");
				PlaywrightAssertions.assertThat(preview.locator("[data-teach]")).isHidden();
				preview.screenshot(new Locator.ScreenshotOptions()
					.setPath(SCREENSHOTS.resolve("figure-preview-latency-" + width + ".png")));
				assertThat(problems).isEmpty();
			}
		}
	}

	@Test
	void aFigureWithoutANumberIsExplainedNextToTheField() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();

			TestAccounts.logIn(page, base, TestAccounts.EDITOR, TestAccounts.PASSWORD);
			page.navigate(base + TALK + "/figures/new");
			page.getByLabel("Figure as quoted").fill("lots of pods");
			button(page, "Save figure").click();

			PlaywrightAssertions.assertThat(page.locator("#text-error"))
				.hasText("No number found in \"lots of pods\". Start with a figure, for example \"35M QPS\".");
			PlaywrightAssertions.assertThat(page.getByLabel("Figure as quoted")).hasValue("lots of pods");
		}
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/**
	 * Collects what the browser reports as going wrong, such as a script or style the
	 * Content-Security-Policy blocked.
	 */
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
