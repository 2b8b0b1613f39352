package io.talknotes.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.talknotes.Chromium;
import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.talknotes.imports.Sessions.BRUSSELS;
import static io.talknotes.imports.Sessions.moved;
import static io.talknotes.imports.Sessions.retitled;
import static io.talknotes.imports.Sessions.session;
import static io.talknotes.imports.Sessions.speaker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, the journey of the import: an editor makes a conference and a talk
 * by hand, imports the conference's schedule by choosing the file, reads the preview and
 * applies it, writes a note on an imported talk, imports a newer version of the schedule
 * in which that talk was renamed and moved, and finds the note still there, the talk made
 * by hand untouched. Screenshots of the preview at phone and desktop widths land in
 * {@code target/screenshots}.
 */
class ImportBrowserTests {

	private static final String CONFERENCE = "DevOps Days Ghent 2031";

	private static final ScheduledSession OPENING = session("ddg-1", "Opening keynote", "Main hall", 9,
			speaker("Patrick Debois", "Independent"));

	private static final ScheduledSession PIPELINES = session("ddg-2", "Pipelines that heal themselves", "Room A", 10,
			speaker("Nicole Forsgren", "Microsoft"), speaker("Jez Humble", "Google"));

	private static final ScheduledSession ON_CALL = session("ddg-3", "On call without burning out", "Room B", 11,
			speaker("Charity Majors", "Honeycomb"));

	private static final LocatorAssertions.HasTextOptions WHILE_APPLIED = new LocatorAssertions.HasTextOptions()
		.setTimeout(30_000);

	@TempDir
	static Path files;

	private static RunningApplication app;

	private static Playwright playwright;

	private static Browser browser;

	private static String base;

	@BeforeAll
	static void startAppAndBrowser(@TempDir Path dataDir) {
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
	void anEditorImportsAScheduleAddsANoteAndImportsItAgainWithoutLosingTheNote() throws Exception {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			List<String> problems = problemsOf(page);
			TestAccounts.logIn(page, base, TestAccounts.EDITOR, TestAccounts.PASSWORD);
			makeTheConferenceAndATalkByHand(page);

			link(page, "Import its schedule").click();
			assertThat(page.locator("h1")).hasText("Import a schedule");
			assertThat(page.getByLabel("Import into")).hasValue("devops-days-ghent-2031");
			Chromium.screenshot(page, "import-form-1280.png");
			onAPhone(page.url(), "Import a schedule", "import-form-390.png");
			page.getByLabel("Schedule file").setInputFiles(file("schedule.json", OPENING, PIPELINES, ON_CALL));
			button(page, "Preview the import").click();

			assertThat(page.locator("h1")).hasText("Preview of an import");
			assertThat(page.locator("main .lead")).containsText("Into the conference " + CONFERENCE);
			assertThat(page.locator("#added summary")).hasText("3 new talks");
			assertThat(page.locator("#added")).containsText("Nicole Forsgren, Jez Humble");
			assertThat(page.locator("#added")).containsText("Sat 1 Feb 2031, 10:00–10:30");
			Chromium.screenshot(page, "import-preview-1280.png");
			onAPhone(page.url(), "Preview of an import", "import-preview-390.png");

			button(page, "Apply").click();
			// The page reloads itself while the import is applied
			assertThat(page.locator("h1")).hasText("Import applied", WHILE_APPLIED);
			assertThat(page.locator("#result-added summary")).hasText("3 talks added");
			Chromium.screenshot(page, "import-result-1280.png");
			onAPhone(page.url(), "Import applied", "import-result-390.png");
			link(page, "Pipelines that heal themselves").click();
			page.getByLabel("Note (Markdown)").fill("- Roll back before anyone is paged");
			button(page, "Save note").click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your note was added.");

			page.navigate(base + "/import");
			ScheduledSession renamed = moved(retitled(PIPELINES, "Pipelines that heal"), "Room C", 14);
			page.getByLabel("Schedule file").setInputFiles(file("schedule-v2.json", OPENING, renamed));
			button(page, "Preview the import").click();
			Locator changed = page.locator("#changed");
			assertThat(changed.locator("summary")).hasText("1 talk changes");
			assertThat(changed.locator("dl.changes dt")).hasText(new String[] { "Title", "Time", "Room" });
			assertThat(changed.locator("dl.changes dd").first()).containsText("Pipelines that heal themselves");
			assertThat(page.locator("#cancelled")).containsText("On call without burning out");
			assertThat(page.locator("#left-alone summary")).hasText("1 talk stays as it is");
			Chromium.screenshot(page, "import-changes-1280.png");
			onAPhone(page.url(), "Preview of an import", "import-changes-390.png");
			button(page, "Apply").click();
			assertThat(page.locator("h1")).hasText("Import applied", WHILE_APPLIED);

			page.navigate(base + "/talks/pipelines-that-heal-themselves");
			assertThat(page).hasURL(base + "/talks/pipelines-that-heal");
			assertThat(page.locator("#notes")).containsText("Roll back before anyone is paged");
			page.navigate(base + "/talks/hallway-track-by-hand");
			assertThat(page.locator("h1")).hasText("Hallway track by hand");
			assertThat(page.locator(".badge.cancelled")).hasCount(0);
			assertThat(problems).isEmpty();
		}
	}

	/**
	 * The conference, and a talk nobody will import, made through their forms. The
	 * schedule file names the conference in lower case, and is matched to it.
	 */
	private static void makeTheConferenceAndATalkByHand(Page page) {
		page.navigate(base + "/");
		link(page, "New conference").click();
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(CONFERENCE);
		page.getByLabel("First day (optional)").fill("2031-02-01");
		page.getByLabel("Last day (optional)").fill("2031-02-02");
		page.getByLabel("Time zone (optional)").fill("Europe/Brussels");
		button(page, "Save conference").click();
		assertThat(page.locator("h1")).hasText(CONFERENCE);

		link(page, "New talk").click();
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Hallway track by hand");
		page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true)).fill("2031-02-01");
		page.getByLabel("Starts", new Page.GetByLabelOptions().setExact(true)).fill("18:00");
		button(page, "Save talk").click();
		assertThat(page.locator(".flash")).hasText("The talk was added.");
		page.locator(".crumbs a").click();
	}

	/** Opens a page on a phone, checks that it fits, and keeps a screenshot of it. */
	private static void onAPhone(String url, String heading, String screenshot) {
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = phone.newPage();
			TestAccounts.logIn(page, base, TestAccounts.EDITOR, TestAccounts.PASSWORD);
			page.navigate(url);
			assertThat(page.locator("h1")).hasText(heading);
			Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("%s scrolls sideways", url).isLessThanOrEqualTo(0);
			Chromium.screenshot(page, screenshot);
		}
	}

	/** The sessions as the schedule.json of the conference, in a file to choose. */
	private static Path file(String name, ScheduledSession... sessions) throws Exception {
		Schedule schedule = new Schedule(CONFERENCE.toLowerCase(), null, LocalDate.of(2031, 2, 1),
				LocalDate.of(2031, 2, 2), BRUSSELS, null, List.of(sessions));
		return Files.writeString(files.resolve(name), ScheduleFileWriter.frabJson(schedule), StandardCharsets.UTF_8);
	}

	private static Locator link(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
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
