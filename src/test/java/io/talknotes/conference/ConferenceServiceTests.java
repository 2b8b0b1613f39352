package io.talknotes.conference;

import java.time.LocalDate;

import io.talknotes.account.AccountsForTests;
import io.talknotes.company.CompanyService;
import io.talknotes.system.DeletionRefusedException;
import io.talknotes.system.FormerSlugs;
import io.talknotes.system.NameTakenException;
import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkKind;
import io.talknotes.talk.TalkService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
class ConferenceServiceTests {

	private static final String KUBECON = "kubecon-cloudnativecon-na-2019";

	@Autowired
	private ConferenceService conferences;

	@Autowired
	private TalkService talks;

	@Autowired
	private CompanyService companies;

	@Autowired
	private FormerSlugs formerSlugs;

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void countsTheTalksNotesAndFiguresOfEachConference() {
		assertThat(this.conferences.overview()).singleElement().satisfies((stats) -> {
			assertThat(stats.conference().getName()).isEqualTo("KubeCon + CloudNativeCon North America 2019");
			assertThat(stats.talkCount()).isEqualTo(14);
			assertThat(stats.noteCount()).isEqualTo(9);
			assertThat(stats.figureCount()).isEqualTo(30);
		});
		assertThat(this.conferences.stats(KUBECON).talkCount()).isEqualTo(14);
	}

	@Test
	void anUnknownConferenceIsNotFound() {
		assertThatExceptionOfType(ConferenceNotFoundException.class).isThrownBy(() -> this.conferences.stats("nope"));
	}

	@Test
	void aNewConferenceGetsASlugFromItsNameAndKeepsWhatWasTyped() {
		Conference devconf = this.conferences.create(new ConferenceForm("DevConf.CZ 2025", "DevConf", "Czech 2025",
				"Brno", LocalDate.of(2025, 6, 12), LocalDate.of(2025, 6, 14), "Europe/Prague",
				"https://www.devconf.info/cz/", "Red Hat's developer conference."));

		Conference saved = this.conferences.get("devconf-cz-2025");
		assertThat(saved.getId()).isEqualTo(devconf.getId());
		assertThat(saved.getAcronym()).isEqualTo("DevConf");
		assertThat(saved.getEdition()).isEqualTo("Czech 2025");
		assertThat(saved.getCity()).isEqualTo("Brno");
		assertThat(saved.getEndsOn()).isEqualTo(LocalDate.of(2025, 6, 14));
		assertThat(saved.getTimeZone()).isEqualTo("Europe/Prague");
		assertThat(saved.getWebsiteUrl()).isEqualTo("https://www.devconf.info/cz/");
		assertThat(this.conferences.overview()).hasSize(2);
	}

	@Test
	void fieldsLeftEmptyAreSavedAsUnknown() {
		this.conferences.create(form("DevConf"));

		Conference saved = this.conferences.get("devconf");
		assertThat(saved.getAcronym()).isNull();
		assertThat(saved.getCity()).isNull();
		assertThat(saved.getTimeZone()).isNull();
		assertThat(saved.getWebsiteUrl()).isNull();
	}

	@Test
	void noConferenceIsAddressedAsTheNewConferenceForm() {
		assertThat(this.conferences.create(form("New")).getSlug()).isEqualTo("new-2");
	}

	@Test
	void twoConferencesMayNotHaveTheSameNameWhateverItsCase() {
		assertThatExceptionOfType(NameTakenException.class)
			.isThrownBy(() -> this.conferences.create(form("kubecon + CLOUDNATIVECON north america 2019")))
			.satisfies(
					(ex) -> assertThat(ex.getHolder().name()).isEqualTo("KubeCon + CloudNativeCon North America 2019"));
		this.conferences.create(form("DevConf"));
		assertThatExceptionOfType(NameTakenException.class)
			.isThrownBy(() -> this.conferences.update("devconf", form("KubeCon + CloudNativeCon North America 2019")));
	}

	@Test
	void aRenamedConferenceMovesToANewSlugAndItsOldOneLeadsThere() {
		this.conferences.update(KUBECON, form("KubeCon NA 2019"));

		assertThat(this.conferences.get("kubecon-na-2019").getName()).isEqualTo("KubeCon NA 2019");
		assertThatExceptionOfType(ConferenceNotFoundException.class).isThrownBy(() -> this.conferences.get(KUBECON));
		assertThat(this.formerSlugs.current("conference", KUBECON)).contains("kubecon-na-2019");
		assertThat(this.talks.details("helm-3-deep-dive").conference().name()).isEqualTo("KubeCon NA 2019");
	}

	@Test
	void changingOnlyTheCaseOfTheNameKeepsTheSlug() {
		this.conferences.update(KUBECON, new ConferenceForm("KubeCon + CloudNativeCon NORTH AMERICA 2019", "KubeCon",
				"", "San Diego", null, null, "America/Los_Angeles", "", ""));

		assertThat(this.conferences.get(KUBECON).getName()).isEqualTo("KubeCon + CloudNativeCon NORTH AMERICA 2019");
		assertThat(this.conferences.get(KUBECON).getAcronym()).isEqualTo("KubeCon");
		assertThat(this.formerSlugs.current("conference", KUBECON)).isEmpty();
	}

	@Test
	void aConferenceWhoseTalksHaveNotesOrFiguresIsNotDeleted() {
		ConferenceDeletion deletion = this.conferences.deletion(KUBECON);

		assertThat(deletion.talkCount()).isEqualTo(14);
		assertThat(deletion.noteCount()).isEqualTo(9);
		assertThat(deletion.figureCount()).isEqualTo(30);
		assertThat(deletion.refused()).isTrue();
		assertThatExceptionOfType(DeletionRefusedException.class).isThrownBy(() -> this.conferences.delete(KUBECON));
		assertThat(this.conferences.stats(KUBECON).talkCount()).isEqualTo(14);
	}

	@Test
	void deletingAConferenceDeletesItsTalksWithThem() {
		Conference devconf = this.conferences.create(form("DevConf"));
		Talk keynote = new Talk("devconf-keynote", devconf, "Keynote", TalkKind.KEYNOTE);
		keynote.presentedBy(this.companies.get("ibm"));
		this.entityManager.persist(keynote);
		this.entityManager.persist(new Talk("devconf-panel", devconf, "Panel", TalkKind.PANEL));
		this.conferences.update("devconf", form("DevConf 2025"));
		this.entityManager.flush();

		assertThat(this.conferences.deletion("devconf-2025").talkCount()).isEqualTo(2);
		this.conferences.delete("devconf-2025");
		this.entityManager.flush();

		assertThatExceptionOfType(ConferenceNotFoundException.class)
			.isThrownBy(() -> this.conferences.get("devconf-2025"));
		assertThat(this.jdbc.queryForObject("select count(*) from talk where slug like 'devconf-%'", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from talk_company where company_id = ?", Long.class,
				this.companies.get("ibm").getId()))
			.isEqualTo(1);
		assertThat(this.formerSlugs.current("conference", "devconf")).isEmpty();
		assertThat(this.conferences.stats(KUBECON).talkCount()).isEqualTo(14);
	}

	private static ConferenceForm form(String name) {
		return new ConferenceForm(name, "", "", "", null, null, "", "", "");
	}

	/** The services the counts come from, with what they need. */
	@TestConfiguration
	@Import(AccountsForTests.class)
	@ComponentScan(basePackages = "io.talknotes", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
			type = FilterType.REGEX,
			pattern = ".*\\.(ConferenceService|TalkService|NoteService|MarkdownRenderer|ClockConfiguration"
					+ "|FigureService|UnitsConfiguration|CompanyService|ProjectService|FormerSlugs|NamedEntities|TalkReferences|TalkCounts|NoteCounts|FigureCounts|TalkRenames|Usages|SpeakerCounts)"))
	static class Services {

	}

}
