package io.talknotes.web;

import java.net.URI;
import java.util.UUID;

import io.talknotes.system.DataVersion;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

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

	private static MockHttpServletRequestBuilder get(String path) {
		return MockMvcRequestBuilders.get(URI.create(path));
	}

}
