package io.talknotes.speaker;

import io.talknotes.company.CompanyService;
import io.talknotes.system.FormerSlugs;
import io.talknotes.system.NameTakenException;
import io.talknotes.talk.TalkService;
import io.talknotes.talk.TalkSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link SpeakerService} on the seeded database: adding, renaming and deleting speakers.
 */
@DataJpaTest
class SpeakerServiceTests {

	@Autowired
	private SpeakerService speakers;

	@Autowired
	private CompanyService companies;

	@Autowired
	private TalkService talks;

	@Autowired
	private FormerSlugs formerSlugs;

	@Autowired
	private TestEntityManager entityManager;

	@Test
	void aNewSpeakerSpeaksForACompanyFoundOrAddedByName() {
		SpeakerDetails matt = this.speakers
			.create(new SpeakerForm("Matt Butcher", "microsoft", "https://technosophos.com/"));
		SpeakerDetails ada = this.speakers.create(new SpeakerForm("Ada Lovelace", "Analytical Engines", ""));
		SpeakerDetails grace = this.speakers.create(new SpeakerForm("Grace Hopper", "", ""));

		assertThat(matt.slug()).isEqualTo("matt-butcher");
		assertThat(matt.company().name()).isEqualTo("Microsoft");
		assertThat(this.speakers.get("matt-butcher").websiteUrl()).isEqualTo("https://technosophos.com/");
		assertThat(ada.company().slug()).isEqualTo("analytical-engines");
		assertThat(this.companies.get("analytical-engines").getName()).isEqualTo("Analytical Engines");
		assertThat(grace.company()).isNull();
	}

	@Test
	void twoSpeakersMayNotHaveTheSameNameWhateverItsCase() {
		this.speakers.create(new SpeakerForm("Matt Butcher", "", ""));
		this.speakers.create(new SpeakerForm("Taylor Thomas", "", ""));

		assertThatExceptionOfType(NameTakenException.class)
			.isThrownBy(() -> this.speakers.update("taylor-thomas", new SpeakerForm("MATT BUTCHER", "", "")))
			.satisfies((ex) -> assertThat(ex.getHolder().name()).isEqualTo("Matt Butcher"));
	}

	@Test
	void aRenamedSpeakerMovesToANewSlugAndMayLeaveTheirCompany() {
		this.speakers.create(new SpeakerForm("Matt Butcher", "Microsoft", ""));

		SpeakerDetails matthew = this.speakers.update("matt-butcher", new SpeakerForm("Matthew Butcher", "", ""));

		assertThat(matthew.slug()).isEqualTo("matthew-butcher");
		assertThat(matthew.company()).isNull();
		assertThat(this.formerSlugs.current("speaker", "matt-butcher")).contains("matthew-butcher");
	}

	@Test
	void deletingASpeakerTakesThemOffTheirTalks() {
		this.speakers.create(new SpeakerForm("Matt Butcher", "Microsoft", ""));
		this.talks.find("helm-3-deep-dive").spokenBy(this.speakers.findOrCreate("Matt Butcher", null));
		this.entityManager.flush();
		assertThat(this.talks.spokenBy("matt-butcher")).extracting(TalkSummary::title)
			.containsExactly("Helm 3 Deep Dive");
		assertThat(this.speakers.deletion("matt-butcher").talkCount()).isEqualTo(1);

		this.speakers.delete("matt-butcher");
		this.entityManager.flush();
		this.entityManager.clear();

		assertThatExceptionOfType(SpeakerNotFoundException.class).isThrownBy(() -> this.speakers.get("matt-butcher"));
		assertThat(this.talks.details("helm-3-deep-dive").speakers()).isEmpty();
	}

	/** The services a speaker's deletion and renaming reach, with what they need. */
	@TestConfiguration
	@ComponentScan(basePackages = "io.talknotes", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
			type = FilterType.REGEX,
			pattern = ".*\\.(SpeakerService|CompanyService|TalkService|FormerSlugs|NamedEntities|TalkReferences|TalkCounts|NoteCounts|FigureCounts|TalkRenames|Usages|SpeakerCounts)"))
	static class Services {

	}

}
