package io.talknotes.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.talknotes.Chromium;
import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A person using Talknotes in Chromium: finding a talk through the pages and the filters,
 * writing, correcting, editing (in its place) and deleting a note, its history and the
 * trash, and reading a talk on a phone. Screenshots land in {@code target/screenshots}.
 */
class BrowserJourneyTests {

	private static final String CONFERENCE = "KubeCon + CloudNativeCon North America 2019";

	private static final String TALK = "Kubernetes at Reddit: Tales from Production";

	@TempDir
	static Path dataDir;

	private static RunningApplication app;

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	@BeforeAll
	static void startApplicationAndBrowser() {
		app = RunningApplication
			.start(List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir));
		TestAccounts.create(app);
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void stopBrowserAndApplication() {
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
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void personFindsATalkAndWritesEditsAndDeletesANote() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		Page page = this.context.newPage();

		TestAccounts.logIn(page, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Conferences"))).isVisible();
		assertThat(page.locator(".signed-in")).hasText("Ada Lovelace");
		Chromium.screenshot(page, "home.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CONFERENCE)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(CONFERENCE).setLevel(1)))
			.isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Other talks I attended")))
			.isVisible();

		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Talks"))
			.click();
		assertThat(page.locator(".talk-card")).hasCount(14);

		// Choosing applies the filter at once.
		page.locator("form.filters select[name=company]").selectOption("reddit");
		assertThat(page).hasURL(Pattern.compile("[?&]company=reddit(&|$)"));
		assertThat(page.locator(".talk-card")).hasCount(1);
		assertThat(page.locator("form.filters select[name=company]")).hasValue("reddit");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TALK)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TALK).setLevel(1))).isVisible();

		page.getByLabel("Note (Markdown)")
			.fill("Reddit runs **hundreds of services** on Kubernetes\n\n"
					+ "- one cluster per environment\n- <b>HTML</b> stays text");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your note was added.");
		Locator note = page.locator("article.note", new Page.LocatorOptions().setHasText("hundreds of services"));
		assertThat(note).isVisible();
		assertThat(note.locator("strong")).hasText("hundreds of services");
		assertThat(note.locator("li"))
			.hasText(new String[] { "one cluster per environment", "<b>HTML</b> stays text" });
		assertThat(note.locator("b")).hasCount(0);
		assertThat(note).containsText("Ada Lovelace");
		Chromium.screenshot(page, "talk.png");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note")).click();
		assertThat(page.locator("#body-error")).hasText("Write something: a note cannot be empty.");
		assertThat(page.getByLabel("Note (Markdown)")).hasAttribute("aria-describedby", "body-error body-help");

		// Edit opens the form in the note's place
		note.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
		Locator editor = page.locator("article.note.editing");
		assertThat(editor.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Edit note"))).isVisible();
		assertThat(editor.getByLabel("Note (Markdown)")).hasValue(Pattern.compile("hundreds of services"));
		editor.getByLabel("Note (Markdown)").fill("Reddit runs *about 200* services on Kubernetes");
		editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your changes were saved.");
		Locator edited = page.locator("article.note", new Page.LocatorOptions().setHasText("services on Kubernetes"));
		assertThat(edited.locator("em")).hasText("about 200");
		assertThat(page.getByText("hundreds of services")).hasCount(0);

		edited.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Delete")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Delete this note?")))
			.isVisible();
		assertThat(page.locator("article.note")).containsText("about 200");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move it to the trash")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The note was moved to the trash.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TALK).setLevel(1))).isVisible();
		assertThat(page.getByText("services on Kubernetes")).hasCount(0);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are logged out.");
		page.navigate(app.baseUrl() + "/talks/kubernetes-at-reddit-tales-from-production");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in").setExact(true)).first())
			.isVisible();
		assertThat(page.getByLabel("Note (Markdown)")).hasCount(0);
	}

	@Test
	void anAdminCreatesAnAccountWhoseOwnerLogsInAndChangesThePassword() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		Page page = this.context.newPage();

		TestAccounts.logIn(page, app.baseUrl(), "admin", TestAccounts.ADMIN_PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
		Locator form = page.locator("#new-account");
		form.getByLabel("Username").fill("lin");
		form.getByLabel("Name shown on notes").fill("Lin Wu");
		form.getByLabel("Role").selectOption("EDITOR");
		form.getByLabel("First password").fill("first password for lin");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create account")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The account was created.");
		assertThat(page.locator("#account-lin")).containsText("Lin Wu");
		Chromium.screenshot(page, "admin-accounts.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();

		TestAccounts.logIn(page, app.baseUrl(), "lin", "first password for lin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Password")).click();
		page.getByLabel("Current password").fill("first password for lin");
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("lin's own passphrase");
		page.getByLabel("New password again").fill("lin's own passphrase");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your password was changed.");
		assertThat(page.locator(".signed-in")).hasText("Lin Wu");
	}

	@Test
	void personLogsInComparesVersionsOfANoteRestoresOneGetsItBackFromTheTrashAndLogsOut() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		Page page = this.context.newPage();
		TestAccounts.logIn(page, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);
		page.navigate(app.baseUrl() + "/talks/helm-3-deep-dive");
		page.getByLabel("Note (Markdown)").fill("Helm 3 drops **Tiller**\n\n- releases stored as secrets");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note")).click();
		Locator note = page.locator("article.note", new Page.LocatorOptions().setHasText("Helm 3 drops"));
		String noteId = note.getAttribute("id").substring("note-".length());
		note.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
		Locator editor = page.locator("article.note.editing");
		editor.getByLabel("Note (Markdown)").fill("Helm 3 drops **Tiller**\n\n- releases stored as configmaps");
		editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note")).click();
		assertThat(note.getByRole(AriaRole.STATUS)).hasText("Your changes were saved.");

		note.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("History")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("History of a note")))
			.isVisible();
		assertThat(page.locator("table.versions tbody tr")).hasCount(2);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show changes")).click();
		assertThat(page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Changes from version 1 to version 2")))
			.isVisible();
		assertThat(page.locator(".diff del")).hasText("secrets");
		assertThat(page.locator(".diff ins")).hasText("configmaps");
		Chromium.screenshot(page, "note-diff.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All versions")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore version 1")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is the note's text again");
		assertThat(page.locator("table.versions tbody tr")).hasCount(3);
		Chromium.screenshot(page, "note-history.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the talk")).click();
		assertThat(note).containsText("releases stored as secrets");
		note.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Delete")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move it to the trash")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The note was moved to the trash.");
		assertThat(page.getByText("Helm 3 drops")).hasCount(0);
		// Undo, next to the message, takes the note back out of the trash
		page.locator("#notes")
			.getByRole(AriaRole.STATUS)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The note was restored from the trash.");
		assertThat(page.locator("#note-" + noteId)).hasClass(Pattern.compile("\\bchanged\\b"));
		assertThat(note).containsText("releases stored as secrets");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
		page.navigate(app.baseUrl() + "/talks/helm-3-deep-dive");
		assertThat(page.getByLabel("Note (Markdown)")).hasCount(0);
		assertThat(note.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit"))).hasCount(0);

		diffFitsAPhoneScreen("/talks/helm-3-deep-dive/notes/" + noteId + "/history/diff?from=1&to=2");
	}

	private void diffFitsAPhoneScreen(String path) {
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = phone.newPage();
			page.navigate(app.baseUrl() + path);
			assertThat(page.locator(".diff ins")).hasText("configmaps");
			Chromium.screenshot(page, "note-diff-phone.png");
			List<?> widths = (List<?>) page
				.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
			org.assertj.core.api.Assertions.assertThat(((Number) widths.get(0)).intValue())
				.as("diff page width at a 390px wide phone viewport")
				.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
		}
	}

	@Test
	void personSearchesFromTheHomePageAndOpensAResult() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		Page page = this.context.newPage();
		page.navigate(app.baseUrl() + "/");

		page.keyboard().press("/");
		assertThat(page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search notes and talks")))
			.isFocused();
		page.keyboard().type("tiller");
		page.keyboard().press("Enter");

		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/search\\?q=tiller$"));
		assertThat(page.getByText("1 talk found")).isVisible();
		assertThat(page.locator(".hit mark").first()).hasText("Tiller");
		Chromium.screenshot(page, "search.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Helm 3 Deep Dive")).click();
		assertThat(
				page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Helm 3 Deep Dive").setLevel(1)))
			.isVisible();

		page.locator("#site-search").fill("kuberentes");
		page.locator("#site-search").press("Enter");
		assertThat(page.locator(".suggestion")).containsText("Did you mean kubernetes?");
		page.locator(".facets").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reddit")).click();
		assertThat(page.locator(".hit-title")).hasCount(1);
		assertThat(page.locator(".hit-title")).hasText("Kubernetes at Reddit: Tales from Production");
	}

	@Test
	void talkPageFitsAPhoneScreen() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true));
		Page page = this.context.newPage();

		page.navigate(app.baseUrl() + "/talks/cncf-project-updates");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Figures quoted"))).isVisible();
		Chromium.screenshot(page, "talk-phone.png");

		Object widths = page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
		List<?> scrollAndViewport = (List<?>) widths;
		int scrollWidth = ((Number) scrollAndViewport.get(0)).intValue();
		int innerWidth = ((Number) scrollAndViewport.get(1)).intValue();
		org.assertj.core.api.Assertions.assertThat(scrollWidth)
			.as("page width at a 390px wide phone viewport (innerWidth %d)", innerWidth)
			.isLessThanOrEqualTo(innerWidth);
	}

}
