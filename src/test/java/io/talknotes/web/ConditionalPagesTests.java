package io.talknotes.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.talknotes.system.DataVersion;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's browser keeps the pages it read and asks whether they changed; the answer is
 * "not modified", without the page being made again, until the data changes.
 */
class ConditionalPagesTests {

	private static final String TALK = "/talks/keynotes";

	@Test
	void aReaderAskingAgainForAnUnchangedPageIsToldSoWithoutThePage() {
		MvcResult first = Forms.send(get(TALK));
		String tag = first.getResponse().getHeader("ETag");
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		assertThat(tag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");

		MvcResult again = Forms.send(get(TALK).header("If-None-Match", tag));

		assertThat(again.getResponse().getStatus()).isEqualTo(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(again.getResponse().getHeader("ETag")).isEqualTo(tag);
	}

	@Test
	void aNoteWrittenSinceMakesThePageNew() throws Exception {
		String tag = Forms.send(get(TALK)).getResponse().getHeader("ETag");
		String text = "Conditional page check " + UUID.randomUUID();

		Forms.post(TALK + "/notes", "body", text);
		MvcResult after = Forms.send(get(TALK).header("If-None-Match", tag));

		assertThat(after.getResponse().getStatus()).isEqualTo(200);
		assertThat(after.getResponse().getContentAsString()).contains(text);
		assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(tag);
	}

	@Test
	void aPageInAnotherLanguageOrThemeIsNotTheSamePage() {
		String english = Forms.send(get("/talks").header("Accept-Language", "en")).getResponse().getHeader("ETag");
		String german = Forms.send(get("/talks").header("Accept-Language", "de")).getResponse().getHeader("ETag");
		String dark = Forms.send(get("/talks").header("Accept-Language", "en").cookie(new Cookie("theme", "dark")))
			.getResponse()
			.getHeader("ETag");

		assertThat(german).isNotEqualTo(english);
		assertThat(dark).isNotEqualTo(english);
		assertThat(Forms.send(get("/talks").header("Accept-Language", "de").header("If-None-Match", english))
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void pagesOfASignedInReaderAndSearchResultsAreNeverKept() {
		MvcResult signedIn = Forms.get(TALK);
		MvcResult search = Forms.send(get("/search?q=kubernetes"));

		assertThat(signedIn.getResponse().getHeader("ETag")).isNull();
		assertThat(signedIn.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(search.getResponse().getHeader("ETag")).isNull();
		assertThat(search.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void everyWriteRaisesTheVersionOfTheDataAndReadingDoesNot() {
		DataVersion data = SharedApplication.bean(DataVersion.class);
		long before = data.current();

		Forms.send(get(TALK));
		Forms.send(get("/companies"));
		long afterReading = data.current();
		Forms.post("/companies", "name", "Versioned " + UUID.randomUUID().toString().substring(0, 8));

		assertThat(afterReading).isEqualTo(before);
		assertThat(data.current()).isGreaterThan(afterReading);
	}

	@Test
	void readersOnOtherThreadsWhileAWriteCommitsThenReadTheVersionTheDatabaseHolds() throws Exception {
		DataVersion data = SharedApplication.bean(DataVersion.class);
		JdbcTemplate database = SharedApplication.bean(JdbcTemplate.class);
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService readers = Executors.newFixedThreadPool(2);
		List<Long> behind = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				readers.submit(() -> {
					while (writing.get()) {
						data.current();
					}
				});
			}
			for (int write = 0; write < 30; write++) {
				Forms.post("/companies", "name", "Versioned " + UUID.randomUUID().toString().substring(0, 8));
				long held = database.queryForObject("select version from data_version where id = 1", Long.class);
				if (data.current() != held) {
					behind.add(held);
				}
			}
		}
		finally {
			writing.set(false);
			readers.shutdown();
			readers.awaitTermination(10, TimeUnit.SECONDS);
		}

		assertThat(behind).as("versions committed that a read after the commit did not give").isEmpty();
	}

	@Test
	void onlyTheEmbeddedDatabaseInItsOwnFilesHasOneWriter() {
		assertThat(DataVersion.writesAlone("jdbc:h2:file:./data/db/talknotes;DB_CLOSE_ON_EXIT=FALSE")).isTrue();
		assertThat(DataVersion.writesAlone("jdbc:h2:./data/db/talknotes")).isTrue();
		assertThat(DataVersion.writesAlone("jdbc:h2:file:./data/db/talknotes;AUTO_SERVER=TRUE")).isFalse();
		assertThat(DataVersion.writesAlone("jdbc:h2:tcp://db:9092/talknotes")).isFalse();
		assertThat(DataVersion.writesAlone("jdbc:h2:mem:talknotes")).isFalse();
		assertThat(DataVersion.writesAlone("jdbc:postgresql://db:5432/talknotes")).isFalse();
	}

	private static MockHttpServletRequestBuilder get(String path) {
		return MockMvcRequestBuilders.get(URI.create(path));
	}

}
