package io.talknotes.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.talknotes.Chromium;
import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.speaker.SpeakerForm;
import io.talknotes.speaker.SpeakerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser: on a phone, an editor adds a conference by hand, corrects a mistake
 * the form points out, renames the conference, follows a link to its old address and
 * lands on its new page, and deletes it; the forms and delete pages of companies,
 * projects and speakers fit a phone and a desktop. Screenshots land in
 * {@code target/screenshots}.
 */
class CatalogueBrowserTests {

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
	void anEditorAddsRenamesAndDeletesAConferenceOnAPhone() {
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = phone.newPage();
			List<String> problems = problemsOf(page);
			TestAccounts.logIn(page, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New conference")).click();
			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Cloud Native Rejekts 2031");
			page.getByLabel("Acronym (optional)").fill("Rejekts");
			page.getByLabel("City (optional)").fill("Salt Lake City");
			page.getByLabel("First day (optional)").fill("2031-11-10");
			page.getByLabel("Last day (optional)").fill("2031-11-09");
			page.getByLabel("Time zone (optional)").fill("America/Denver");
			page.getByLabel("Website (optional)").fill("https://cloud-native.rejekts.io/");
			button(page, "Save conference").click();

			assertThat(page.locator("#endsOn-error")).hasText("The last day cannot be before the first day.");
			assertThat(page.getByLabel("City (optional)")).hasValue("Salt Lake City");
			assertThat(page.getByLabel("Time zone (optional)")).hasValue("America/Denver");
			Chromium.screenshot(page, "conference-form-phone.png");
			assertFitsTheScreen(page);
			page.getByLabel("Last day (optional)").fill("2031-11-11");
			button(page, "Save conference").click();

			assertThat(page.getByRole(AriaRole.STATUS)).hasText("The conference was added.");
			assertThat(page).hasURL(Pattern.compile(".*/conferences/cloud-native-rejekts-2031$"));
			assertThat(heading(page, "Cloud Native Rejekts 2031")).isVisible();
			assertThat(page.locator("main")).containsText("10 Nov–11 Nov 2031");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit Cloud Native Rejekts 2031"))
				.click();
			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Rejekts North America 2031");
			button(page, "Save conference").click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your changes to the conference were saved.");
			assertThat(page).hasURL(Pattern.compile(".*/conferences/rejekts-north-america-2031$"));

			page.navigate(app.baseUrl() + "/conferences/cloud-native-rejekts-2031");
			assertThat(page).hasURL(Pattern.compile(".*/conferences/rejekts-north-america-2031$"));
			assertThat(heading(page, "Rejekts North America 2031")).isVisible();
			Chromium.screenshot(page, "conference-renamed-phone.png");
			assertFitsTheScreen(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete Rejekts North America 2031"))
				.click();
			assertThat(page.locator("main"))
				.containsText("This deletes “Rejekts North America 2031”, which has no talks.");
			Chromium.screenshot(page, "conference-delete-phone.png");
			button(page, "Yes, delete it").click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("The conference was deleted.");
			assertThat(page.getByText("Rejekts North America 2031")).hasCount(0);
			org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
		}
	}

	@Test
	void theFormForAConferenceOfTheSeedOnADesktop() {
		try (BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = desktop.newPage();
			List<String> problems = problemsOf(page);
			TestAccounts.logIn(page, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);

			page.navigate(app.baseUrl() + "/conferences/kubecon-cloudnativecon-na-2019/edit");
			assertThat(page.getByLabel("Time zone (optional)")).hasValue("America/Los_Angeles");
			assertThat(page.getByLabel("First day (optional)")).hasValue("2019-11-18");
			Chromium.screenshot(page, "conference-form.png");

			page.navigate(app.baseUrl() + "/conferences/kubecon-cloudnativecon-na-2019/delete");
			assertThat(page.getByRole(AriaRole.ALERT))
				.hasText("“KubeCon + CloudNativeCon North America 2019” has 9 notes and 30 figures on its talks; "
						+ "delete or move them first.");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, delete it")))
				.hasCount(0);
			Chromium.screenshot(page, "conference-delete-refused.png");
			org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
		}
	}

	@Test
	void theFormsAndDeletePagesOfCompaniesProjectsAndSpeakersFitAPhoneAndADesktop() {
		app.bean(SpeakerService.class)
			.create(new SpeakerForm("Matt Butcher", "Microsoft", "https://technosophos.com/"));
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("company-form", "/companies/new");
		pages.put("company-edit", "/companies/jd-com/edit");
		pages.put("company-delete", "/companies/weaveworks/delete");
		pages.put("company-delete-refused", "/companies/jd-com/delete");
		pages.put("project-form", "/projects/helm/edit");
		pages.put("project-delete", "/projects/linkerd/delete");
		pages.put("speaker-form", "/speakers/new?company=Microsoft");
		pages.put("speaker-page", "/speakers/matt-butcher");
		pages.put("speaker-delete", "/speakers/matt-butcher/delete");
		for (int width : new int[] { 390, 1280 }) {
			try (BrowserContext context = browser
				.newContext(new Browser.NewContextOptions().setViewportSize(width, 900).setIsMobile(width < 400))) {
				Page page = context.newPage();
				List<String> problems = problemsOf(page);
				TestAccounts.logIn(page, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);
				pages.forEach((name, path) -> {
					page.navigate(app.baseUrl() + path);
					assertThat(page.locator("h1")).isVisible();
					Chromium.screenshot(page, name + "-" + width + ".png");
					assertFitsTheScreen(page);
				});
				org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
			}
		}
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static void assertFitsTheScreen(Page page) {
		List<?> widths = (List<?>) page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
		org.assertj.core.api.Assertions.assertThat(((Number) widths.get(0)).intValue())
			.as("page width of %s at a %d px wide viewport", page.url(), ((Number) widths.get(1)).intValue())
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
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
