package io.talknotes.imports;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.WebSession;
import io.talknotes.account.AccountService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server stopped, as a deployment stops it, while an import is being applied: the
 * import is finished first, the server then stops without an error, and after the restart
 * every talk of the file is there and found by search.
 */
@ExtendWith(OutputCaptureExtension.class)
class ImportShutdownTests {

	private static final int SESSIONS = 2000;

	@Test
	void anImportBeingAppliedWhenTheServerStopsIsFinishedBeforeItStops(@TempDir Path dataDir, CapturedOutput output) {
		List<String> arguments = List.of("--server.port=0", "--server.address=127.0.0.1",
				"--talknotes.data-dir=" + dataDir);
		byte[] file = ScheduleFileWriter
			.frabJson(Sessions.schedule("Stop Conf", Sessions.many("stop", SESSIONS).toArray(ScheduledSession[]::new)))
			.getBytes(StandardCharsets.UTF_8);
		String importPage;
		try (RunningApplication app = RunningApplication.start(arguments)) {
			WebSession admin = WebSession.loggedIn(app, AccountService.ADMIN, TestAccounts.ADMIN_PASSWORD);
			admin.get("/import");
			importPage = WebSession.location(admin.postFile("/import", "file", "schedule.json", file));
			admin.get(importPage);
			admin.post(importPage + "/apply");
			assertThat(page(admin.get(importPage)).select("progress")).as("applying when the server stops").hasSize(1);
		}
		assertThat(output).doesNotContain("Exception in thread").doesNotContain("rolled back");

		try (RunningApplication app = RunningApplication.start(arguments)) {
			WebSession admin = WebSession.loggedIn(app, AccountService.ADMIN, TestAccounts.ADMIN_PASSWORD);
			Document result = page(admin.get(importPage));
			assertThat(result.select("h1").text()).isEqualTo("Import applied");
			assertThat(result.select("#result-added summary").text()).isEqualTo("2,000 talks added");
			Document found = page(admin.get("/search?q=%22stop+session+" + SESSIONS + "%22"));
			assertThat(found.select(".hit-title").eachText()).contains("stop session " + SESSIONS);
		}
	}

	private static Document page(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

}
