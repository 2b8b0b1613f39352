package io.talknotes.imports;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.WebSession;
import io.talknotes.account.AccountService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.talknotes.imports.Sessions.session;
import static io.talknotes.imports.Sessions.speaker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import's talks are in the database a moment before they are in search. Its page
 * shows the import being applied until search has them too, so that the result, and the
 * search a person runs from it, find every talk it added.
 */
class ImportResultWaitsForSearchTests {

	@Test
	void theResultIsShownOnceSearchHasTheTalksNotOnceTheDatabaseHasThem(@TempDir Path dataDir) throws Exception {
		List<String> arguments = List.of("--server.port=0", "--server.address=127.0.0.1",
				"--talknotes.data-dir=" + dataDir,
				"--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=class:"
						+ GatedIndexing.class.getName());
		try (RunningApplication app = RunningApplication.start(arguments)) {
			WebSession admin = WebSession.loggedIn(app, AccountService.ADMIN, TestAccounts.ADMIN_PASSWORD);
			byte[] file = ScheduleFileWriter
				.frabJson(Sessions.schedule("Gate Conf",
						session("g-1", "Quokka Gates Explained", "Room", 9, speaker("Ada Lovelace", null))))
				.getBytes(StandardCharsets.UTF_8);
			admin.get("/import");
			String importPage = WebSession.location(admin.postFile("/import", "file", "schedule.json", file));
			admin.get(importPage);

			GatedIndexing.close();
			try {
				admin.post(importPage + "/apply");
				GatedIndexing.awaitHeld();
				Document committed = page(admin.get(importPage));
				assertThat(committed.select("h1").text()).isNotEqualTo("Import applied");
				assertThat(committed.select("progress")).hasSize(1);
			}
			finally {
				GatedIndexing.open();
			}

			assertThat(untilApplied(admin, importPage).select("#result-added a").eachText())
				.containsExactly("Quokka Gates Explained");
			assertThat(page(admin.get("/search?q=quokka+gates")).select(".hit-title").eachText())
				.containsExactly("Quokka Gates Explained");
		}
	}

	private static Document untilApplied(WebSession admin, String importPage) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		Document page = page(admin.get(importPage));
		while (!page.select("meta[http-equiv=refresh]").isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(50);
			page = page(admin.get(importPage));
		}
		return page;
	}

	private static Document page(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

}
