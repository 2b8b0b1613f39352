package io.talknotes.company;

import io.talknotes.speaker.SpeakerService;
import io.talknotes.system.DeletionRefusedException;
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
 * {@link CompanyService} on the seeded database: adding, renaming and deleting companies.
 */
@DataJpaTest
class CompanyServiceTests {

	@Autowired
	private CompanyService companies;

	@Autowired
	private TalkService talks;

	@Autowired
	private SpeakerService speakers;

	@Autowired
	private FormerSlugs formerSlugs;

	@Autowired
	private TestEntityManager entityManager;

	@Test
	void aNewCompanyGetsASlugFromItsName() {
		Company acme = this.companies.create(new CompanyForm("Acme Robotics", "https://acme.example/"));

		assertThat(acme.getSlug()).isEqualTo("acme-robotics");
		assertThat(this.companies.get("acme-robotics").getWebsiteUrl()).isEqualTo("https://acme.example/");
		assertThat(this.companies.create(new CompanyForm("Acme: Robotics!", "")).getSlug())
			.isEqualTo("acme-robotics-2");
	}

	@Test
	void twoCompaniesMayNotHaveTheSameNameWhateverItsCase() {
		assertThatExceptionOfType(NameTakenException.class)
			.isThrownBy(() -> this.companies.create(new CompanyForm("jd.COM", "")))
			.satisfies((ex) -> assertThat(ex.getHolder().name()).isEqualTo("JD.com"));
		assertThatExceptionOfType(NameTakenException.class)
			.isThrownBy(() -> this.companies.update("lyft", new CompanyForm("Slack", "")));
	}

	@Test
	void aRenamedCompanyMovesToANewSlugAndItsTalksShowTheNewName() {
		Company lyft = this.companies.update("lyft", new CompanyForm("Lyft Inc.", "https://www.lyft.com/"));

		assertThat(lyft.getSlug()).isEqualTo("lyft-inc");
		assertThat(this.formerSlugs.current("company", "lyft")).contains("lyft-inc");
		assertThat(this.talks.presentedBy("lyft-inc")).extracting(TalkSummary::title)
			.containsExactly("Low Latency Multi-cluster Networking with Kubernetes");
		assertThat(this.companies.deletion("lyft-inc").figureCount()).isEqualTo(6);
	}

	@Test
	void aCompanyThatFiguresAreAboutIsNotDeleted() {
		CompanyDeletion deletion = this.companies.deletion("jd-com");

		assertThat(deletion.figureCount()).isEqualTo(3);
		assertThat(deletion.refused()).isTrue();
		assertThatExceptionOfType(DeletionRefusedException.class).isThrownBy(() -> this.companies.delete("jd-com"));
		assertThat(this.companies.get("jd-com").getName()).isEqualTo("JD.com");
	}

	@Test
	void deletingACompanyTakesItOffItsTalksAndSpeakers() {
		this.speakers.findOrCreate("Alexis Richardson", this.companies.get("weaveworks"));
		CompanyDeletion deletion = this.companies.deletion("weaveworks");
		assertThat(deletion.talkCount()).isEqualTo(1);
		assertThat(deletion.speakerCount()).isEqualTo(1);
		assertThat(deletion.refused()).isFalse();

		this.companies.delete("weaveworks");
		this.entityManager.flush();
		this.entityManager.clear();

		assertThatExceptionOfType(CompanyNotFoundException.class).isThrownBy(() -> this.companies.get("weaveworks"));
		assertThat(this.talks.details("gitops-user-stories").companies()).extracting("name")
			.containsExactly("Intuit", "Palo Alto Networks");
		assertThat(this.speakers.get("alexis-richardson").company()).isNull();
	}

	/** The services a company's deletion and renaming reach, with what they need. */
	@TestConfiguration
	@ComponentScan(basePackages = "io.talknotes", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
			type = FilterType.REGEX,
			pattern = ".*\\.(CompanyService|SpeakerService|TalkService|FormerSlugs|NamedEntities|TalkReferences|TalkCounts|NoteCounts|FigureCounts|TalkRenames|Usages|SpeakerCounts)"))
	static class Services {

	}

}
