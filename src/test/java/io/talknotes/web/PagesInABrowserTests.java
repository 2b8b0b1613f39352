package io.talknotes.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.ReducedMotion;
import io.talknotes.Chromium;
import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How the pages look and behave in Chromium on a phone, 390 px wide, and on a desktop:
 * styles that apply at every width, what a keyboard and a screen reader meet. Screenshots
 * land in {@code target/screenshots}.
 */
class PagesInABrowserTests {

	/**
	 * Whether the element has the focus, its outline's style, width and colour, and the
	 * colour the outline is drawn on: the first background behind the element.
	 */
	private static final String FOCUS_RING = """
			(e) => {
				const own = getComputedStyle(e);
				let behind = e.parentElement;
				let background = 'rgb(255, 255, 255)';
				while (behind) {
					const colour = getComputedStyle(behind).backgroundColor;
					if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
						background = colour;
						break;
					}
					behind = behind.parentElement;
				}
				return [document.activeElement === e, own.outlineStyle, own.outlineWidth, own.outlineColor, background];
			}""";

	/**
	 * A search box's placeholder, its width as drawn, and the room the box has for it.
	 */
	private static final String PLACEHOLDER_FIT = """
			(e) => {
				const style = getComputedStyle(e);
				const context = document.createElement('canvas').getContext('2d');
				context.font = style.font;
				const room = e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				return [e.placeholder, context.measureText(e.placeholder).width, room];
			}""";

	/**
	 * Each comma that starts a text of its own inside the page, after a name on the same
	 * line: the name with its comma, and the gap drawn between them.
	 */
	private static final String COMMAS = """
			() => {
				const texts = [];
				const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
				while (walker.nextNode()) {
					texts.push(walker.currentNode);
				}
				const found = [];
				texts.forEach((text, i) => {
					const at = text.textContent.search(/\\S/);
					if (at < 0 || text.textContent[at] !== ',') {
						return;
					}
					let j = i - 1;
					while (j >= 0 && !/\\S/.test(texts[j].textContent)) {
						j--;
					}
					if (j < 0) {
						return;
					}
					const before = texts[j];
					const end = before.textContent.trimEnd().length;
					const last = document.createRange();
					last.setStart(before, end - 1);
					last.setEnd(before, end);
					const comma = document.createRange();
					comma.setStart(text, at);
					comma.setEnd(text, at + 1);
					const a = last.getBoundingClientRect();
					const b = comma.getBoundingClientRect();
					if (a.width > 0 && b.width > 0 && Math.abs(a.top - b.top) < 2) {
						found.push([before.textContent.trim() + ',', b.left - a.right]);
					}
				});
				return found;
			}""";

	private static final String DARK_WASH = "rgb(15, 19, 26)";

	private static final String DARK_PAPER = "rgb(23, 28, 38)";

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

		page.navigate(app.baseUrl() + "/figures");
		Chromium.screenshot(page, "figures-390.png");

		Locator chart = page.locator("figure.chart").first();
		assertThat(style(chart, "backgroundColor")).isEqualTo("rgb(255, 255, 255)");
		assertThat(style(chart, "borderTopStyle")).isEqualTo("solid");
		assertThat(style(chart, "borderTopLeftRadius")).isEqualTo("10px");
		assertThat(style(page.locator("table.figures"), "minWidth")).as("the table scrolls inside its frame")
			.isNotEqualTo("0px");
		assertFitsTheScreen(page);

		page.navigate(app.baseUrl() + "/talks/helm-3-deep-dive/figures/new");
		Locator fieldset = page.locator("fieldset.choice").first();
		assertThat(style(fieldset, "borderTopWidth")).as("the figure form's fieldsets have no frame").isEqualTo("0px");
		Chromium.screenshot(page, "figure-form-390.png");
		assertFitsTheScreen(page);
	}

	@Test
	void theFocusRingStandsOutAtLeastThreeToOneFromWhatIsAroundIt() {
		Page page = desktop();
		TestAccounts.logIn(page, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);
		page.navigate(app.baseUrl() + "/talks/helm-3-deep-dive");
		Map<String, Locator> focusable = new LinkedHashMap<>();
		focusable.put("a link in the header", page.locator(".site-header nav a").first());
		focusable.put("the search box in the header", page.locator("#site-search"));
		focusable.put("a link in the page", page.locator("main .crumbs a"));
		focusable.put("the note field", page.locator("#body"));
		focusable.put("the Save note button", page.locator("#add-note button.primary"));
		focusable.put("the Add a figure summary", page.locator("#add-figure > summary"));

		assertFocusRingsStandOut(page, focusable);
	}

	@Test
	void withoutJavaScriptAPhoneSetToDarkGetsTheDarkThemeAndNoToggle() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setColorScheme(ColorScheme.DARK)
			.setJavaScriptEnabled(false));
		Page page = watched(this.context.newPage());

		page.navigate(app.baseUrl() + "/talks/cncf-project-updates");

		assertThat(style(page.locator("html"), "backgroundColor")).isEqualTo(DARK_WASH);
		assertThat(style(page.locator(".note").first(), "backgroundColor")).isEqualTo(DARK_PAPER);
		PlaywrightAssertions.assertThat(page.locator("#theme-toggle")).isHidden();
		assertFitsTheScreen(page);
		Chromium.screenshot(page, "talk-dark-390.png");
		page.navigate(app.baseUrl() + "/figures");
		Chromium.screenshot(page, "figures-dark-390.png");
	}

	@Test
	void theThemeToggleSwitchesToDarkAndEveryPageAfterIsSentDarkWithAFocusRingThatStandsOut() {
		Page page = desktop();
		TestAccounts.logIn(page, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);
		page.navigate(app.baseUrl() + "/talks/helm-3-deep-dive");
		Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme"));
		PlaywrightAssertions.assertThat(toggle).hasAttribute("aria-pressed", "false");
		assertThat(style(page.locator("html"), "backgroundColor")).isEqualTo("rgb(245, 247, 251)");

		toggle.click();

		PlaywrightAssertions.assertThat(toggle).hasAttribute("aria-pressed", "true");
		assertThat(style(page.locator("html"), "backgroundColor")).isEqualTo(DARK_WASH);
		page.navigate(app.baseUrl() + "/talks/helm-3-deep-dive");
		PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
		assertThat(style(page.locator("html"), "backgroundColor")).as("sent dark by the server").isEqualTo(DARK_WASH);
		Map<String, Locator> focusable = new LinkedHashMap<>();
		focusable.put("a link in the header", page.locator(".site-header nav a").first());
		focusable.put("the theme toggle", toggle);
		focusable.put("a link in the page", page.locator("main .crumbs a"));
		focusable.put("the note field", page.locator("#body"));
		focusable.put("the Save note button", page.locator("#add-note button.primary"));
		focusable.put("the Add a figure summary", page.locator("#add-figure > summary"));
		assertFocusRingsStandOut(page, focusable);
		Chromium.screenshot(page, "talk-dark-1280.png");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(style(page.locator("body"), "backgroundColor")).as("printed on white")
			.isEqualTo("rgb(255, 255, 255)");
		assertThat(style(page.locator(".site-search"), "display")).as("no controls on paper").isEqualTo("none");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		page.navigate(app.baseUrl() + "/figures");
		Chromium.screenshot(page, "figures-dark-1280.png");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme")).click();
		page.reload();
		assertThat(style(page.locator("html"), "backgroundColor")).as("back to light, remembered too")
			.isEqualTo("rgb(245, 247, 251)");
	}

	private static void assertFocusRingsStandOut(Page page, Map<String, Locator> focusable) {
		focusable.forEach((what, element) -> {
			page.keyboard().press("Shift");
			element.focus();
			List<?> ring = (List<?>) element.evaluate(FOCUS_RING);
			assertThat((Boolean) ring.get(0)).as("%s has the focus", what).isTrue();
			assertThat(ring.get(1)).as("outline style of %s", what).isEqualTo("solid");
			assertThat(Double.parseDouble(((String) ring.get(2)).replace("px", ""))).as("outline width of %s", what)
				.isGreaterThanOrEqualTo(2);
			assertThat(contrast(rgb((String) ring.get(3)), rgb((String) ring.get(4))))
				.as("contrast of the focus ring of %s (%s on %s)", what, ring.get(3), ring.get(4))
				.isGreaterThanOrEqualTo(3.0);
		});
	}

	@Test
	void aNoteSentEmptyComesBackWithTheFocusOnTheFieldAndItsMessageTiedToIt() {
		Page page = desktop();
		TestAccounts.logIn(page, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);
		page.navigate(app.baseUrl() + "/talks/helm-3-deep-dive");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note")).click();

		Locator field = page.getByLabel("Note (Markdown)");
		PlaywrightAssertions.assertThat(page.locator("#body-error"))
			.hasText("Write something: a note cannot be empty.");
		PlaywrightAssertions.assertThat(field).isFocused();
		PlaywrightAssertions.assertThat(field).hasAttribute("aria-invalid", "true");
		PlaywrightAssertions.assertThat(field).hasAttribute("aria-describedby", "body-error body-help");
		assertThat(page.evaluate("() => document.activeElement.tagName")).isEqualTo("TEXTAREA");
		Chromium.screenshot(page, "note-form-error.png");

		page.navigate(app.baseUrl() + "/talks/helm-3-deep-dive");
		PlaywrightAssertions.assertThat(page.getByLabel("Note (Markdown)")).not().hasAttribute("aria-invalid", "true");
		PlaywrightAssertions.assertThat(page.getByLabel("Note (Markdown)")).not().isFocused();
	}

	@Test
	void theSearchPageHasTwoSearchLandmarksEachWithItsOwnName() {
		Page page = phone();
		page.navigate(app.baseUrl() + "/search?q=helm");

		List<String> names = page.getByRole(AriaRole.SEARCH)
			.all()
			.stream()
			.map((landmark) -> landmark.getAttribute("aria-label"))
			.toList();
		assertThat(names).containsExactly("Site search", "Search notes and talks");
		PlaywrightAssertions
			.assertThat(page.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("Site search")))
			.hasCount(1);

		page.navigate(app.baseUrl() + "/search?q=kubernetes");
		PlaywrightAssertions.assertThat(page.locator(".hit")).hasCount(8);
		Chromium.screenshot(page, "search-390.png");
		assertFitsTheScreen(page);
	}

	@Test
	void theMessageAboutANewNoteIsBesideItOnTheScreenAndReadOut() {
		Page page = phone();
		TestAccounts.logIn(page, app.baseUrl(), TestAccounts.EDITOR, TestAccounts.PASSWORD);
		page.navigate(app.baseUrl() + "/talks/low-latency-multi-cluster-networking-with-kubernetes");

		page.getByLabel("Note (Markdown)").fill("Envoy sidecars on every node, **one mesh** per region");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note")).click();

		// With script the note is added in its place, below the others
		Locator note = page.locator("article.note", new Page.LocatorOptions().setHasText("one mesh"));
		Locator message = note.getByRole(AriaRole.STATUS);
		PlaywrightAssertions.assertThat(message).hasText("Your note was added.");
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).hasCount(1);
		PlaywrightAssertions.assertThat(page.locator("[data-announces=flash]")).hasText("Your note was added.");
		List<?> box = (List<?>) message
			.evaluate("(e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight]; }");
		assertThat(((Number) box.get(0)).doubleValue()).as("top of the message on the screen")
			.isGreaterThanOrEqualTo(0);
		assertThat(((Number) box.get(1)).doubleValue()).as("bottom of the message on the screen")
			.isLessThanOrEqualTo(((Number) box.get(2)).doubleValue());
		Chromium.screenshot(page, "note-added-390.png");
	}

	private static double[] rgb(String colour) {
		Matcher channels = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(colour);
		assertThat(channels.find()).as("an rgb() colour: %s", colour).isTrue();
		return new double[] { Double.parseDouble(channels.group(1)), Double.parseDouble(channels.group(2)),
				Double.parseDouble(channels.group(3)) };
	}

	/** The WCAG contrast ratio of two colours. */
	private static double contrast(double[] one, double[] other) {
		double lighter = Math.max(luminance(one), luminance(other));
		double darker = Math.min(luminance(one), luminance(other));
		return (lighter + 0.05) / (darker + 0.05);
	}

	private static double luminance(double[] rgb) {
		double[] linear = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = rgb[i] / 255;
			linear[i] = (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
	}

	private Page desktop() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		return watched(this.context.newPage());
	}

	@Test
	void theHeaderIsAsWideOnEveryPageAndHoldsTheWidestOfThem() {
		Page page = desktop();
		double[] first = null;
		for (String path : List.of("/", "/talks", "/talks/keynotes", "/companies", "/search?q=kubernetes",
				"/figures")) {
			page.navigate(app.baseUrl() + path);
			double[] bar = box(page.locator(".site-header .bar"));
			double[] main = box(page.locator("main"));
			if (first == null) {
				first = bar;
			}
			assertThat(bar[0]).as("left of the header on %s", path).isCloseTo(first[0], within(0.5));
			assertThat(bar[1]).as("width of the header on %s", path).isCloseTo(first[1], within(0.5));
			assertThat(main[0]).as("left of the page on %s", path).isGreaterThanOrEqualTo(bar[0] - 0.5);
			assertThat(main[0] + main[1]).as("right of the page on %s", path)
				.isLessThanOrEqualTo(bar[0] + bar[1] + 0.5);
		}
		Chromium.screenshot(page, "figures-1280.png");
	}

	@Test
	void theSearchBoxesShowTheirWholePlaceholderOnAPhone() {
		Page page = phone();
		for (String path : List.of("/", "/search")) {
			page.navigate(app.baseUrl() + path);
			for (Locator box : page.locator("input[type=search]").all()) {
				List<?> fit = (List<?>) box.evaluate(PLACEHOLDER_FIT);
				assertThat(((Number) fit.get(1)).doubleValue())
					.as("width of the placeholder \"%s\" on %s", fit.get(0), path)
					.isLessThanOrEqualTo(((Number) fit.get(2)).doubleValue());
			}
		}
		Chromium.screenshot(page, "search-empty-390.png");
	}

	@Test
	void noCommaInAListOfNamesStandsApartFromTheNameBeforeIt() {
		Page page = phone();
		for (String path : List.of("/talks", "/conferences/kubecon-cloudnativecon-na-2019", "/talks/keynotes",
				"/projects/kubernetes")) {
			page.navigate(app.baseUrl() + path);
			List<?> commas = (List<?>) page.evaluate(COMMAS);
			assertThat(commas).as("commas after a name on %s", path).isNotEmpty();
			assertThat(commas).as("commas after a name on %s, with the gap before each", path)
				.allSatisfy((comma) -> assertThat(((Number) ((List<?>) comma).get(1)).doubleValue()).isLessThan(1.0));
		}
	}

	@Test
	void aTalksNotesComeRightAfterItsFactsAndBeforeItsFiguresOnADesktop() {
		Page page = desktop();
		page.navigate(app.baseUrl() + "/talks/cncf-project-updates");

		double facts = top(page.locator(".session-facts"));
		double notes = top(page.locator("#notes"));
		double figures = top(page.locator("#figures"));
		System.out.printf("Talk page at 1280 px: facts at %.0f px, notes at %.0f px, figures at %.0f px%n", facts,
				notes, figures);
		assertThat(facts).isLessThan(notes);
		assertThat(notes).as("the notes start on the first screen").isLessThan(900);
		assertThat(figures).isGreaterThan(notes);
		assertThat(page.locator("#figures table").count()).as("figures as cards, not a table").isZero();
		Chromium.screenshot(page, "talk-1280.png");
	}

	@Test
	void aFigureDeletedOnAPhoneComesBackWithUndoInItsPlaceLitUpAndAnnounced() {
		Page page = phone();
		TestAccounts.logIn(page, app.baseUrl(), "admin", TestAccounts.ADMIN_PASSWORD);
		page.navigate(app.baseUrl() + "/talks/cncf-project-updates");
		System.out.printf("Talk page at 390 px: notes at %.0f px, figures at %.0f px%n", top(page.locator("#notes")),
				top(page.locator("#figures")));
		assertThat(top(page.locator("#notes"))).isLessThan(top(page.locator("#figures")));
		assertFitsTheScreen(page);
		Chromium.screenshot(page, "talk-390.png");
		List<String> before = page.locator(".figure-quote").allTextContents();

		page.locator("#figures summary")
			.filter(new Locator.FilterOptions().setHasText("Edit or delete 30k pods"))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete 30k pods")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, delete it")).click();

		Locator deleted = page.locator("#figures").getByRole(AriaRole.STATUS);
		PlaywrightAssertions.assertThat(deleted).containsText("The figure was deleted.");
		PlaywrightAssertions.assertThat(page.locator(".figure-quote")).hasCount(before.size() - 1);
		PlaywrightAssertions.assertThat(page.locator("[data-announces=flash]")).containsText("The figure was deleted.");
		Chromium.screenshot(page, "talk-figure-deleted-390.png");
		deleted.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo")).click();

		PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*#figure-\\d+$"));
		Locator card = page.locator(page.url().substring(page.url().indexOf('#')));
		PlaywrightAssertions.assertThat(card.getByRole(AriaRole.STATUS)).hasText("The figure is back.");
		PlaywrightAssertions.assertThat(card.locator(".figure-quote")).hasText("30k pods");
		PlaywrightAssertions.assertThat(card).hasClass(Pattern.compile("\\bchanged\\b"));
		PlaywrightAssertions.assertThat(page.locator("[data-announces=flash]")).hasText("The figure is back.");
		assertThat(page.locator(".figure-quote").allTextContents()).as("in its place again").isEqualTo(before);
		assertThat(style(card, "animationName")).as("lit up briefly").isEqualTo("changed");
		Chromium.screenshot(page, "talk-figure-back-390.png");
		page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
		assertThat(style(card, "animationName")).as("without motion for those who ask for less").isEqualTo("none");
		assertThat(style(card, "borderTopColor")).as("still marked").isEqualTo("rgb(31, 122, 77)");
	}

	private static double top(Locator element) {
		return ((Number) element.evaluate("(e) => e.getBoundingClientRect().top + window.scrollY")).doubleValue();
	}

	private static double[] box(Locator element) {
		List<?> box = (List<?>) element
			.evaluate("(e) => { const r = e.getBoundingClientRect(); return [r.left, r.width]; }");
		return new double[] { ((Number) box.get(0)).doubleValue(), ((Number) box.get(1)).doubleValue() };
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
