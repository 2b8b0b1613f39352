package io.talknotes.talk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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
 * An editor in Chromium adds a talk with a new speaker, finds it on the conference's
 * schedule, renames it, follows its old address and marks it cancelled; then reads the
 * form and the schedule on a phone. Screenshots of the form and of the schedule at 1280
 * and 390 pixels land in {@code target/screenshots}.
 */
class TalkJourneyTests {

	private static final String CONFERENCE = "kubecon-cloudnativecon-na-2019";

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
		// Other sessions of the schedule, so that it has parallel rooms and two days
		TalkEditing editing = app.bean(TalkEditing.class);
		editing.create(timed("Linkerd 2.x Intro", "2019-11-19", "14:25", "15:00", "Room 7"));
		editing.create(timed("Helm Chart Best Practices", "2019-11-19", "15:55", "16:30", "Room 6C"));
		editing.create(timed("Opening Keynote", "2019-11-20", "09:00", "09:20", "Hall A"));
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
	void anEditorAddsATalkSeesItOnTheScheduleRenamesItAndMarksItCancelled() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			List<String> problems = problemsOf(page);
			TestAccounts.logIn(page, base, TestAccounts.EDITOR, TestAccounts.PASSWORD);

			page.navigate(base + "/conferences/" + CONFERENCE);
			link(page, "New talk").click();
			assertThat(page.locator("h1")).hasText("New talk");
			assertThat(field(page, "Conference")).hasValue(CONFERENCE);
			field(page, "Title").fill("Service Mesh at Scale");
			field(page, "Subtitle (optional)").fill("What a year of Linkerd taught us");
			field(page, "Kind").selectOption("talk");
			field(page, "Track (optional)").fill("Networking");
			field(page, "Day").fill("2019-11-19");
			field(page, "Starts").fill("14:25");
			field(page, "Ends (optional)").fill("14:00");
			field(page, "Room (optional)").fill("Room 6C");
			field(page, "New speakers, one per line: Name, Company").fill("Jane Doe, Acme Mesh");
			page.locator("input[name=companySlugs][value=lyft]").check();
			field(page, "Other projects, comma separated").fill("linkerd");
			button(page, "Save talk").click();

			assertThat(page.locator("#endTime-error")).hasText("The end must be after the start.");
			assertThat(field(page, "New speakers, one per line: Name, Company")).hasValue("Jane Doe, Acme Mesh");
			assertThat(page.locator("input[name=companySlugs][value=lyft]")).isChecked();
			Chromium.screenshot(page, "talk-form-1280.png");
			field(page, "Ends (optional)").fill("15:00");
			button(page, "Save talk").click();

			assertThat(page.locator(".flash")).hasText("The talk was added.");
			assertThat(page).hasURL(base + "/talks/service-mesh-at-scale");
			assertThat(page.locator(".meta .when")).hasText("Tue 19 Nov, 14:25–15:00, Room 6C");
			assertThat(page.locator(".subtitle")).hasText("What a year of Linkerd taught us");
			assertThat(link(page, "Jane Doe")).hasAttribute("href", "/speakers/jane-doe");
			assertThat(page.locator("main > dl.facts")).containsText("Acme Mesh");
			assertThat(page.locator("main > dl.facts")).containsText("Lyft");
			assertThat(page.locator("main > dl.facts")).containsText("Linkerd");

			page.locator(".crumbs a").click();
			Locator tuesday = page.locator("#day-2019-11-19");
			assertThat(page.locator("#schedule-heading")).hasText("Schedule");
			assertThat(page.locator(".schedule > p")).hasText("All times are Pacific Time (America/Los_Angeles).");
			assertThat(tuesday.locator("h3")).hasText("Tuesday 19 November");
			assertThat(tuesday.locator(".slot").first().locator(".talk-title"))
				.hasText(new String[] { "Service Mesh at Scale", "Linkerd 2.x Intro" });
			assertThat(page.locator("h2").last()).hasText("Talks without a time");
			Chromium.screenshot(page, "conference-schedule-1280.png");

			link(page, "Service Mesh at Scale").click();
			link(page, "Edit talk").click();
			field(page, "Title").fill("Service Mesh at Planet Scale");
			button(page, "Save talk").click();
			assertThat(page).hasURL(base + "/talks/service-mesh-at-planet-scale");
			assertThat(page.locator(".flash")).containsText("the old one leads here");

			page.navigate(base + "/talks/service-mesh-at-scale");
			assertThat(page).hasURL(base + "/talks/service-mesh-at-planet-scale");
			assertThat(page.locator("h1")).hasText("Service Mesh at Planet Scale");

			button(page, "Mark cancelled").click();
			assertThat(page.locator(".flash")).hasText("The talk is marked cancelled. Its notes and figures are kept.");
			assertThat(page.locator("h1 + .subtitle + .meta .badge.cancelled")).hasText("Cancelled");
			assertThat(button(page, "Reinstate")).isVisible();
			page.locator(".crumbs a").click();
			assertThat(page.locator(".slot-talk.is-cancelled .talk-title")).hasText("Service Mesh at Planet Scale");
			assertThat(page.locator(".slot-talk.is-cancelled .badge.cancelled")).hasText("Cancelled");
			assertThat(problems).isEmpty();
		}
	}

	@Test
	void theFormAndTheScheduleFitAPhone() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			List<String> problems = problemsOf(page);
			TestAccounts.logIn(page, base, TestAccounts.EDITOR, TestAccounts.PASSWORD);

			page.navigate(base + "/talks/linkerd-2-x-intro/edit");
			assertThat(field(page, "Room (optional)")).hasValue("Room 7");
			assertNoSidewaysScrolling(page);
			Chromium.screenshot(page, "talk-form-390.png");

			page.navigate(base + "/conferences/" + CONFERENCE);
			assertThat(page.locator("#day-2019-11-20 .talk-title")).hasText("Opening Keynote");
			assertNoSidewaysScrolling(page);
			Chromium.screenshot(page, "conference-schedule-390.png");
			assertThat(problems).isEmpty();
		}
	}

	@Test
	void onAPhoneTheTalkListComesFirstAndAChoiceOfOrderAppliesAtOnce() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			List<String> problems = problemsOf(page);
			page.navigate(base + "/talks");
			Locator filters = page.locator("details.filter-panel");
			assertThat(filters).not().hasAttribute("open", "");
			assertThat(page.locator(".talk-card").first()).isInViewport();
			Chromium.screenshot(page, "talks-390.png");

			page.getByText("Filters and order").click();
			page.getByLabel("Order").selectOption("time");
			page.waitForURL("**/talks?*sort=time*");
			assertThat(page.locator(".talk-card .talk-title").first()).hasText("Linkerd 2.x Intro");
			assertThat(page.locator(".talk-card time").first()).hasText("Tue 19 Nov, 14:25");
			assertThat(page.getByLabel("Order")).hasValue("time");
			assertNoSidewaysScrolling(page);
			assertThat(problems).isEmpty();
		}
	}

	private static TalkForm timed(String title, String day, String start, String end, String room) {
		return new TalkForm(CONFERENCE, title, "", "talk", "", day, start, end, room, "", "", List.of(), "", List.of(),
				"", List.of(), "", "", "", "", "true");
	}

	private static void assertNoSidewaysScrolling(Page page) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("%s scrolls sideways", page.url()).isLessThanOrEqualTo(0);
	}

	private static Locator field(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private static Locator link(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
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
