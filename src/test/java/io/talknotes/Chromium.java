package io.talknotes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ScreenshotType;

import static org.assertj.core.api.Assertions.fail;

/**
 * The system Chromium the browser tests drive, and where their screenshots go.
 */
public final class Chromium {

	private static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private Chromium() {
	}

	/**
	 * Launches headless Chromium, failing with what to install when it is missing.
	 * @param playwright the Playwright instance to launch it with
	 * @return the browser
	 */
	public static Browser launch(Playwright playwright) {
		if (!Files.isExecutable(EXECUTABLE)) {
			fail("Chromium is needed at " + EXECUTABLE + " for the browser tests. Install the Debian package "
					+ "'chromium' (apt-get install chromium) and run the build again.");
		}
		// Without the background networking flags Chromium keeps calling home, which a
		// closed network refuses.
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	/**
	 * Saves what the first screen of the page shows, as a JPEG under
	 * {@code target/screenshots}: small enough to keep many of.
	 */
	public static void firstScreen(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name))
			.setType(ScreenshotType.JPEG)
			.setQuality(70));
	}

	/** Saves a full-page screenshot under {@code target/screenshots}. */
	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

}
