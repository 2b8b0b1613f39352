package io.talknotes.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import io.talknotes.AppInABrowser;
import io.talknotes.Chromium;
import io.talknotes.TestAccounts;
import io.talknotes.account.AccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The accessibility gate: axe-core, run in Chromium over every page type at a phone's and
 * a desktop's width, in the light and the dark colour scheme, finds no violation of WCAG
 * 2.2 level A and AA or of axe's best practices. A visitor sees the public pages, checked
 * at both widths in both schemes; the pages behind a login are checked as the admin, who
 * sees every control, at a phone's width in the dark scheme and a desktop's in the light.
 * The first screen of each page checked is kept under {@code target/screenshots/pages};
 * those of the public pages are the screenshots in {@code docs/screenshots}.
 */
class AccessibilityTests {

	/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
	private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	private static final String TALK = "/talks/low-latency-multi-cluster-networking-with-kubernetes";

	/** The pages anyone can read, by the name of their type. */
	private static final Map<String, String> PUBLIC = pages("home", "/", "login", "/login", "talks", "/talks",
			"talks-filtered", "/talks?company=lyft&sort=title", "talk", TALK, "conference",
			"/conferences/kubecon-cloudnativecon-na-2019", "companies", "/companies", "company", "/companies/lyft",
			"projects", "/projects", "project", "/projects/kubernetes", "speaker", "/speakers/matt-butcher", "figures",
			"/figures", "search", "/search?q=kubernetes", "search-filtered", "/search?q=kubernetes&company=lyft",
			"search-nothing", "/search?q=qwzxv", "search-empty", "/search", "not-found", "/talks/no-such-talk");

	/** The pages behind a login, by the name of their type. */
	private static final Map<String, String> SIGNED_IN = pages("talk-editor", TALK, "talk-new", "/talks/new",
			"talk-edit", TALK + "/edit", "talk-delete", TALK + "/delete", "figure-new", TALK + "/figures/new",
			"conference-new", "/conferences/new", "company-edit", "/companies/lyft/edit", "project-delete",
			"/projects/kubernetes/delete", "speaker-new", "/speakers/new", "trash", "/trash", "import", "/import",
			"password", "/account/password", "accounts", "/admin/accounts");

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

	static Stream<Arguments> screens() {
		List<Arguments> screens = new ArrayList<>();
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			for (int width : List.of(390, 1280)) {
				screens.add(arguments(width, scheme));
			}
		}
		return screens.stream();
	}

	@ParameterizedTest(name = "public pages at {0} px, {1}")
	@MethodSource("screens")
	void publicPagesHaveNoViolations(int width, ColorScheme scheme) {
		try (BrowserContext context = browser.newContext(options(width, scheme))) {
			assertNoViolations(context.newPage(), PUBLIC, width, scheme);
		}
	}

	/**
	 * The pages behind a login are built of the parts the public pages use, which are
	 * checked on all four screens; two screens see each width and each scheme once.
	 */
	static Stream<Arguments> signedInScreens() {
		return Stream.of(arguments(390, ColorScheme.DARK), arguments(1280, ColorScheme.LIGHT));
	}

	@ParameterizedTest(name = "pages behind a login at {0} px, {1}")
	@MethodSource("signedInScreens")
	void pagesBehindALoginHaveNoViolations(int width, ColorScheme scheme) {
		try (BrowserContext context = browser.newContext(options(width, scheme))) {
			Page page = context.newPage();
			TestAccounts.logIn(page, app.baseUrl(), AccountService.ADMIN, TestAccounts.ADMIN_PASSWORD);
			Map<String, String> pages = new LinkedHashMap<>(SIGNED_IN);
			page.navigate(app.baseUrl() + TALK);
			// A note and a figure of the seed, with their edit, delete and history pages.
			String note = page.locator("a[href*='/notes/'][href$='/edit']").first().getAttribute("href");
			String figure = page.locator("a[href*='/figures/'][href$='/edit']").first().getAttribute("href");
			pages.put("note-edit", note);
			pages.put("note-delete", note.replace("/edit", "/delete"));
			pages.put("note-history", note.replace("/edit", "/history"));
			pages.put("figure-edit", figure);
			pages.put("figure-delete", figure.replace("/edit", "/delete"));
			assertNoViolations(page, pages, width, scheme);
		}
	}

	@Test
	void theGateFindsAViolationWhenAPageHasOne() {
		try (BrowserContext context = browser.newContext(options(1280, ColorScheme.LIGHT))) {
			Page page = context.newPage();
			page.navigate(app.baseUrl() + "/login");
			// What a careless change could bring: an image without a text, a field
			// without
			// a label, grey on white.
			page.evaluate("""
					() => document.querySelector('main').insertAdjacentHTML('beforeend',
						'<img src="/favicon.ico"><input type="text">')""");
			AxeResults results = analyze(page);
			assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt", "label");
		}
	}

	private static void assertNoViolations(Page page, Map<String, String> pages, int width, ColorScheme scheme) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		pages.forEach((name, path) -> {
			page.navigate(app.baseUrl() + path);
			AxeResults results = analyze(page);
			Chromium.firstScreen(page, "pages/" + name + "-" + width + "-" + scheme.name().toLowerCase() + ".jpg");
			if (!results.getViolations().isEmpty()) {
				found.put(path, results.getViolations().stream().map(AccessibilityTests::described).toList());
			}
		});
		assertThat(found).as("axe violations at %d px in the %s scheme", width, scheme).isEmpty();
	}

	/**
	 * Runs axe-core over the page in the page itself, as one {@code axe.run}: the same
	 * rules with the same tags as axe's default mode, which runs axe in each frame and
	 * then once more in a new browser context to merge what the frames found (for frames
	 * from other origins). A page of Talknotes has no frames, which is checked here, so
	 * the one run sees the whole page, in about 40% less time.
	 */
	private static AxeResults analyze(Page page) {
		assertThat(page.locator("iframe, frame").count()).as("frames in %s", page.url()).isZero();
		return new AxeBuilder(page).withTags(TAGS).setLegacyMode(true).analyze();
	}

	/** A violation as a person fixing it needs it: the rule, why, and where. */
	private static String described(Rule rule) {
		String where = rule.getNodes()
			.stream()
			.limit(5)
			.map(CheckedNode::getTarget)
			.map(String::valueOf)
			.collect(Collectors.joining(" "));
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + where;
	}

	private static Browser.NewContextOptions options(int width, ColorScheme scheme) {
		Browser.NewContextOptions options = new Browser.NewContextOptions().setColorScheme(scheme);
		return (width < 600) ? options.setViewportSize(width, 844).setIsMobile(true).setHasTouch(true)
				: options.setViewportSize(width, 900);
	}

	private static Map<String, String> pages(String... namesAndPaths) {
		Map<String, String> pages = new LinkedHashMap<>();
		for (int i = 0; i < namesAndPaths.length; i += 2) {
			pages.put(namesAndPaths[i], namesAndPaths[i + 1]);
		}
		return pages;
	}

}
