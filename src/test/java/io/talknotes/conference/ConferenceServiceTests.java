package io.talknotes.conference;

import io.talknotes.account.AccountsForTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
class ConferenceServiceTests {

	@Autowired
	private ConferenceService conferences;

	@Test
	void countsTheTalksNotesAndFiguresOfEachConference() {
		assertThat(this.conferences.overview()).singleElement().satisfies((stats) -> {
			assertThat(stats.conference().getName()).isEqualTo("KubeCon + CloudNativeCon North America 2019");
			assertThat(stats.talkCount()).isEqualTo(14);
			assertThat(stats.noteCount()).isEqualTo(9);
			assertThat(stats.metricCount()).isEqualTo(30);
		});
		assertThat(this.conferences.stats("kubecon-cloudnativecon-na-2019").talkCount()).isEqualTo(14);
	}

	@Test
	void anUnknownConferenceIsNotFound() {
		assertThatExceptionOfType(ConferenceNotFoundException.class).isThrownBy(() -> this.conferences.stats("nope"));
	}

	/** The services the counts come from, with what they need. */
	@TestConfiguration
	@Import(AccountsForTests.class)
	@ComponentScan(basePackages = "io.talknotes", useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = ".*\\.(ConferenceService|TalkService|NoteService|MarkdownRenderer|ClockConfiguration"
							+ "|MetricService|UnitsConfiguration|CompanyService|ProjectService|FormerSlugs)"))
	static class Services {

	}

}
