package io.talknotes.imports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how the preview writes when a session takes place.
 */
class SessionChangesTests {

	private static final ZoneId SAN_DIEGO = ZoneId.of("America/Los_Angeles");

	private static final Instant START = Instant.parse("2019-11-19T17:00:00Z");

	private static final Instant END = Instant.parse("2019-11-19T17:35:00Z");

	@AfterEach
	void noLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aSessionReadsInEnglishAsItAlwaysHasInTheConferencesZone() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(SessionChanges.when(START, END, SAN_DIEGO)).isEqualTo("Tue 19 Nov 2019, 09:00–09:35");
		assertThat(SessionChanges.when(START, null, SAN_DIEGO)).isEqualTo("Tue 19 Nov 2019, 09:00");
		assertThat(SessionChanges.when(null, END, SAN_DIEGO)).isNull();
	}

	@Test
	void daysAndMonthsAreNamedInTheLanguageOfTheRequest() {
		LocaleContextHolder.setLocale(Locale.FRENCH);

		assertThat(SessionChanges.when(START, END, SAN_DIEGO)).startsWith("mar. 19 nov. 2019, 09:00")
			.endsWith("–09:35");
	}

}
