package io.talknotes.web;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import io.talknotes.AppInABrowser;
import io.talknotes.Chromium;
import io.talknotes.TestAccounts;
import io.talknotes.account.AccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The talk page in Chromium: notes added, edited and previewed in their place, a stale
 * edit, the same with JavaScript off, the page printed, and the talk's form sent with
 * mistakes. Screenshots land in {@code target/screenshots}.
 */
class TalkPageInABrowserTests {

	private static final String TALK = "/talks/gitops-user-stories";

	@TempDir
	static Path dataDir;

	private static AppInABrowser app;

	private BrowserContext context;

	@BeforeAll
	static void startAppAndBrowser() {
		app = AppInABrowser.start(dataDir);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void aNoteIsAddedPreviewedAndEditedInItsPlace() {
		Page page = editorOn(TALK, 1280, ColorScheme.LIGHT);
		List<String> problems = AppInABrowser.problemsOf(page);
		String word = unique("wombat");
		String address = page.url();

		page.keyboard().press("n");
		Locator field = page.locator("#add-note").getByLabel("Note (Markdown)");
		assertThat(field).isFocused();
		field.fill(word + " syncs **every cluster** from Git");
		page.locator("#add-note").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Preview")).click();
		assertThat(page.locator("#body-preview strong")).hasText("every cluster");
		page.locator("#add-note")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note"))
			.click();

		Locator note = page.locator("#note-list article.note", new Page.LocatorOptions().setHasText(word));
		assertThat(note.getByRole(AriaRole.STATUS)).hasText("Your note was added.");
		assertThat(note.locator("strong")).hasText("every cluster");
		assertThat(field).hasValue("");
		assertThat(page.locator("#body-preview")).isEmpty();

		note.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
		Locator editor = page.locator("article.note.editing");
		assertThat(editor.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Edit note"))).isVisible();
		Locator editField = editor.getByLabel("Note (Markdown)");
		assertThat(editField).isFocused();
		assertThat(editField).hasValue(Pattern.compile(word));
		editField.fill(word + " syncs **every cluster** and _rolls back_ by revert");
		editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Preview")).click();
		assertThat(editor.locator(".note-preview em")).hasText("rolls back");
		screenshots(page, "talk-note-inline");
		editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note")).click();

		assertThat(page.locator("article.note.editing")).hasCount(0);
		assertThat(note.getByRole(AriaRole.STATUS)).hasText("Your changes were saved.");
		assertThat(note.locator("em")).hasText("rolls back");
		assertThat(page).hasURL(address);

		page.reload();
		assertThat(page.locator("#note-list article.note", new Page.LocatorOptions().setHasText(word)).locator("em"))
			.hasText("rolls back");
		org.assertj.core.api.Assertions.assertThat(problems).as("console errors").isEmpty();
	}

	@Test
	void emptyNotesAreExplainedInPlaceAndCancelPutsTheNoteBack() {
		Page page = editorOn(TALK, 1280, ColorScheme.LIGHT);
		page.locator("#add-note")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note"))
			.click();
		assertThat(page.locator("#body-error")).hasText("Write something: a note cannot be empty.");
		assertThat(page.locator("#body")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#body")).isFocused();

		String word = unique("quoll");
		page.locator("#body").fill(word);
		page.locator("#add-note")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note"))
			.click();
		Locator note = page.locator("#note-list article.note", new Page.LocatorOptions().setHasText(word));
		assertThat(note).isVisible();
		assertThat(page.locator("#body-error")).hasCount(0);

		note.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
		Locator editor = page.locator("article.note.editing");
		editor.getByLabel("Note (Markdown)").fill("   ");
		editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note")).click();
		assertThat(editor.locator(".error")).hasText("Write something: a note cannot be empty.");
		editor.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cancel")).click();
		assertThat(page.locator("article.note.editing")).hasCount(0);
		assertThat(note).containsText(word);
	}

	@Test
	void aStaleEditInPlaceShowsTheConflictAndKeepsWhatWasTyped() {
		Page page = editorOn(TALK, 1280, ColorScheme.LIGHT);
		String word = unique("bilby");
		page.locator("#body").fill(word + " first text");
		page.locator("#add-note")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note"))
			.click();
		Locator note = page.locator("#note-list article.note", new Page.LocatorOptions().setHasText(word));
		note.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
		Locator editor = page.locator("article.note.editing");
		editor.getByLabel("Note (Markdown)").fill(word + " my edit");

		// Meanwhile the same note is saved from another window
		try (BrowserContext other = app.browser().newContext()) {
			Page second = other.newPage();
			TestAccounts.logIn(second, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);
			second.navigate(app.baseUrl() + TALK);
			second.locator("#note-list article.note", new Page.LocatorOptions().setHasText(word))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit"))
				.click();
			second.locator("article.note.editing").getByLabel("Note (Markdown)").fill(word + " their edit");
			second.locator("article.note.editing")
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note"))
				.click();
			assertThat(second.getByText("Your changes were saved.")).isVisible();
		}

		editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note")).click();
		assertThat(editor.getByRole(AriaRole.ALERT)).containsText("Someone else saved this note");
		assertThat(editor.getByLabel("Note (Markdown)")).hasValue(word + " my edit");
		assertThat(editor.locator(".saved-version")).containsText(word + " their edit");
		screenshots(page, "talk-note-conflict");

		editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note")).click();
		assertThat(page.locator("article.note.editing")).hasCount(0);
		assertThat(note).containsText(word + " my edit");
	}

	@Test
	void theInlineFormsPassTheAccessibilityGate() {
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			for (int width : List.of(390, 1280)) {
				// The admin may edit every note, the seeded ones among them
				Page page = signedInOn(TALK, width, scheme, AccountService.ADMIN, TestAccounts.ADMIN_PASSWORD);
				page.locator("#body").fill("**bold** text");
				page.locator("#add-note")
					.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Preview"))
					.click();
				assertThat(page.locator("#body-preview strong")).hasText("bold");
				page.locator("#note-list article.note")
					.first()
					.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit"))
					.click();
				assertThat(page.locator("article.note.editing")).isVisible();
				List<String> violations = new AxeBuilder(page)
					.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
					.analyze()
					.getViolations()
					.stream()
					.map(Rule::getId)
					.toList();
				org.assertj.core.api.Assertions.assertThat(violations).as("axe at %d px, %s", width, scheme).isEmpty();
				this.context.close();
				this.context = null;
			}
		}
	}

	@Test
	void withoutJavaScriptNotesAreAddedAndEditedOnPlainPages() {
		this.context = app.browser()
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(1280, 900));
		Page page = this.context.newPage();
		page.navigate(app.baseUrl() + "/login");
		page.getByLabel("Username").fill(TestAccounts.EDITOR);
		page.getByLabel("Password").fill(TestAccounts.PASSWORD);
		page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log in")).click();
		page.navigate(app.baseUrl() + TALK);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))).isHidden();

		String word = unique("numbat");
		page.locator("#body").fill(word + " without script");
		page.locator("#add-note")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save note"))
			.click();
		Locator note = page.locator("#note-list article.note", new Page.LocatorOptions().setHasText(word));
		assertThat(note.getByRole(AriaRole.STATUS)).hasText("Your note was added.");
		note.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Edit note").setLevel(1)))
			.isVisible();
		page.getByLabel("Note (Markdown)").fill(word + " edited on its page");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note")).click();
		assertThat(page).hasURL(Pattern.compile(TALK + "#note-\\d+$"));
		assertThat(note.getByRole(AriaRole.STATUS)).hasText("Your changes were saved.");
		assertThat(note).containsText("edited on its page");
	}

	@Test
	void theFoldedAbstractIsPrintedUnfolded() {
		Page page = editorOn("/talks/helm-3-deep-dive/edit", 1280, ColorScheme.LIGHT);
		String abstractText = unique("Charts without Tiller") + ": three-way merges and releases stored as secrets.";
		page.getByLabel("Abstract").fill(abstractText);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save talk")).click();
		assertThat(
				page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Helm 3 Deep Dive").setLevel(1)))
			.isVisible();
		Locator shown = page.locator("p:visible", new Page.LocatorOptions().setHasText(abstractText));

		assertThat(shown).hasCount(0);
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(shown).hasCount(1);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Abstract"))).isVisible();
		Chromium.screenshot(page, "talk-print.png");

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		page.locator("details.about summary").click();
		assertThat(shown).hasCount(1);
	}

	@Test
	void aFormSentWithMistakesFocusesWhatToCorrectAndLeadsToIt() {
		Page page = editorOn("/talks/helm-3-deep-dive/edit", 390, ColorScheme.DARK);
		page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(" ");
		page.getByLabel("Slides").fill("not an address");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save talk")).click();

		Locator summary = page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary.getByRole(AriaRole.HEADING)).hasText("Some fields need a change. Nothing was saved yet.");
		assertThat(summary.getByRole(AriaRole.LINK)).hasCount(2);
		Chromium.screenshot(page, "talk-form-errors-390-dark.png");
		// Validation reports the fields in no fixed order: the link leads to the field it
		// names.
		Locator first = summary.getByRole(AriaRole.LINK).first();
		String field = first.getAttribute("href");
		first.click();
		assertThat(page.locator(field)).isFocused();
		assertThat(page.locator("#title")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#slidesUrl")).hasAttribute("aria-invalid", "true");
	}

	private Page editorOn(String path, int width, ColorScheme scheme) {
		return signedInOn(path, width, scheme, TestAccounts.EDITOR, TestAccounts.PASSWORD);
	}

	private Page signedInOn(String path, int width, ColorScheme scheme, String username, String password) {
		Browser.NewContextOptions options = new Browser.NewContextOptions().setColorScheme(scheme);
		this.context = app.browser()
			.newContext((width < 600) ? options.setViewportSize(width, 844).setIsMobile(true).setHasTouch(true)
					: options.setViewportSize(width, 900));
		Page page = this.context.newPage();
		TestAccounts.logIn(page, app.baseUrl(), username, password);
		page.navigate(app.baseUrl() + path);
		return page;
	}

	/** The page at both widths in both schemes, as it is now. */
	private void screenshots(Page page, String name) {
		for (int width : List.of(390, 1280)) {
			page.setViewportSize(width, 900);
			for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
				page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
				Chromium.screenshot(page, name + "-" + width + "-" + scheme.name().toLowerCase() + ".png");
			}
		}
		page.setViewportSize(1280, 900);
		page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
	}

	private static String unique(String word) {
		return word + UUID.randomUUID().toString().substring(0, 8);
	}

}
