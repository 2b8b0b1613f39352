package io.talknotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Talknotes running on a free port of 127.0.0.1 with its data in a folder of the test,
 * the accounts of {@link TestAccounts}, and Chromium to look at it with.
 */
public final class AppInABrowser implements AutoCloseable {

	private final RunningApplication app;

	private final Playwright playwright;

	private final Browser browser;

	private AppInABrowser(RunningApplication app, Playwright playwright, Browser browser) {
		this.app = app;
		this.playwright = playwright;
		this.browser = browser;
	}

	/**
	 * Starts the application on the seed and the browser.
	 * @param dataDir the application's data folder
	 * @return both, running
	 */
	public static AppInABrowser start(Path dataDir) {
		RunningApplication app = RunningApplication
			.start(List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir));
		TestAccounts.create(app);
		Playwright playwright = Playwright.create();
		return new AppInABrowser(app, playwright, Chromium.launch(playwright));
	}

	/** The application's address, such as {@code http://127.0.0.1:41234}. */
	public String baseUrl() {
		return this.app.baseUrl();
	}

	/** The browser, to open contexts in. */
	public Browser browser() {
		return this.browser;
	}

	/**
	 * Collects what the page reports as going wrong: errors in its console (a blocked
	 * style or script among them) and uncaught script errors.
	 * @param page the page to watch
	 * @return the problems, as they come
	 */
	public static List<String> problemsOf(Page page) {
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				problems.add(message.text());
			}
		});
		page.onPageError(problems::add);
		return problems;
	}

	@Override
	public void close() {
		try {
			this.playwright.close();
		}
		finally {
			this.app.close();
		}
	}

}
