package io.talknotes.benchmark;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One editor importing schedules over HTTP as a browser does: opens the form, uploads the
 * file, reads the preview it is sent to, applies it, and reloads the page until it no
 * longer reloads itself. Each step is timed from the first request sent to the last page
 * read whole; any answer the flow does not expect stops the benchmark.
 */
final class ImportFlow {

	/**
	 * How often the applying page is reloaded. A browser reloads it every second, as the
	 * page asks; the benchmark reloads it more often so that the time is measured to a
	 * tenth of a second rather than rounded up to the next reload.
	 */
	private static final Duration POLL = Duration.ofMillis(100);

	private static final Duration APPLY_TIMEOUT = Duration.ofMinutes(5);

	private static final Duration SEARCH_POLL = Duration.ofMillis(20);

	private static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(30);

	private final WebSession browser;

	ImportFlow(WebSession browser) {
		this.browser = browser;
	}

	/** Uploads the file to {@code /import} and reads the preview it leads to. */
	Preview preview(String fileName, byte[] content) {
		long started = System.nanoTime();
		this.browser.get("/import");
		HttpResponse<String> uploaded = this.browser.postFile("/import", "file", fileName, content, "text", "",
				"conference", "", "conferenceName", "");
		expect(uploaded, 302, "uploading " + fileName);
		String page = WebSession.location(uploaded);
		if (!page.matches("/import/\\d+")) {
			throw new IllegalStateException("Uploading " + fileName + " led to " + page + ", not to its preview");
		}
		long stored = System.nanoTime();
		Document preview = page(expect(this.browser.get(page), 200, "the preview"));
		long took = System.nanoTime() - started;
		if (preview.select("form[action=\"" + page + "/apply\"]").isEmpty()) {
			throw new IllegalStateException("The preview offers no Apply: " + preview.select("main").text());
		}
		return new Preview(page, took, stored - started, preview.select(".notice").text().startsWith("Nothing"),
				stats(preview));
	}

	/** Applies the import previewed and reloads its page until it shows the result. */
	Applied apply(Preview preview) {
		long started = System.nanoTime();
		HttpResponse<String> answer = this.browser.post(preview.page() + "/apply");
		expect(answer, 302, "applying");
		List<Integer> progress = new ArrayList<>();
		long deadline = started + APPLY_TIMEOUT.toNanos();
		while (true) {
			Document page = page(expect(this.browser.get(preview.page()), 200, "the import's page"));
			if (page.select("meta[http-equiv=refresh]").isEmpty()) {
				long took = System.nanoTime() - started;
				return new Applied(took, progress, result(page));
			}
			progress.add(progress(page));
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Still applying after " + APPLY_TIMEOUT + ": " + page.text());
			}
			sleep(POLL);
		}
	}

	/**
	 * Searches for a title as typed in quotes until a hit has it, from right after an
	 * import's result was read.
	 * @return how long it took to be found: 0 when the first search found it
	 */
	long untilFound(String title) {
		long started = System.nanoTime();
		String query = "/search?q=" + URLEncoder.encode("\"" + title + "\"", StandardCharsets.UTF_8);
		for (int searches = 1;; searches++) {
			Document found = page(expect(this.browser.get(query), 200, "the search"));
			if (found.select(".hit-title").eachText().contains(title)) {
				return (searches == 1) ? 0 : System.nanoTime() - started;
			}
			if (System.nanoTime() - started > SEARCH_TIMEOUT.toNanos()) {
				throw new IllegalStateException(
						"\"" + title + "\" not found by search " + SEARCH_TIMEOUT + " after the import was applied");
			}
			sleep(SEARCH_POLL);
		}
	}

	/** Sessions done, as the applying page shows them; it must show a progress bar. */
	private static int progress(Document page) {
		Element bar = page.selectFirst("progress");
		if (bar == null) {
			throw new IllegalStateException("The page says it is applying but shows no progress: " + page.text());
		}
		return Integer.parseInt(bar.attr("value"));
	}

	private static Counts result(Document page) {
		if (!page.select("h1").text().equals("Import applied")) {
			throw new IllegalStateException("Applying did not succeed: " + page.select("main").text());
		}
		Counts counts = stats(page);
		String conference = page.select(".lead a").attr("href");
		return new Counts(counts.added(), counts.changed(), counts.cancelled(), counts.reinstated(), counts.leftAlone(),
				conference.substring(conference.lastIndexOf('/') + 1));
	}

	/** The numbers at the top of a preview or a result, in their order on the page. */
	private static Counts stats(Document page) {
		List<Integer> numbers = page.select("ul.stats li strong")
			.stream()
			.map((strong) -> Integer.parseInt(strong.text().replace(",", "")))
			.toList();
		if (numbers.isEmpty()) {
			return new Counts(0, 0, 0, 0, -1, null);
		}
		return new Counts(numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3), numbers.get(4), null);
	}

	private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(
					what + " answered " + response.statusCode() + " instead of " + status + ": " + text(response));
		}
		return response;
	}

	private static String text(HttpResponse<String> response) {
		String text = Jsoup.parse(response.body()).text();
		return (text.length() > 500) ? text.substring(0, 500) + "…" : text;
	}

	private static Document page(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Logs in as the admin that {@link RunningApplication} creates. */
	static ImportFlow asAdmin(RunningApplication app) {
		return new ImportFlow(WebSession.loggedIn(app, "admin", TestAccounts.ADMIN_PASSWORD));
	}

	/**
	 * A preview read.
	 *
	 * @param page the import's page
	 * @param nanos from opening the form to the preview read whole
	 * @param uploadNanos of which the upload, until its redirect
	 * @param nothingToChange whether the preview says applying changes nothing
	 * @param counts the numbers it shows; {@code leftAlone} -1 when it shows none
	 */
	record Preview(String page, long nanos, long uploadNanos, boolean nothingToChange, Counts counts) {

	}

	/**
	 * An import applied.
	 *
	 * @param nanos from the post of Apply to the result page read whole
	 * @param progress sessions done on each applying page read before the result
	 * @param counts the numbers of the result page, with the conference's slug
	 */
	record Applied(long nanos, List<Integer> progress, Counts counts) {

	}

	/** What a preview or result page counts. */
	record Counts(int added, int changed, int cancelled, int reinstated, int leftAlone, String conference) {

		/** The same counts, without the conference, to compare with what is expected. */
		String numbers() {
			return String.format("added %d, changed %d, cancelled %d, reinstated %d, left alone %d", this.added,
					this.changed, this.cancelled, this.reinstated, this.leftAlone);
		}

	}

}
