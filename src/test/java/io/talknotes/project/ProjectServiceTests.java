package io.talknotes.project;

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
 * {@link ProjectService} on the seeded database: adding, renaming and deleting projects.
 */
@DataJpaTest
class ProjectServiceTests {

	@Autowired
	private ProjectService projects;

	@Autowired
	private TalkService talks;

	@Autowired
	private FormerSlugs formerSlugs;

	@Autowired
	private TestEntityManager entityManager;

	@Test
	void aNewProjectGetsASlugFromItsNameAndItsMaturity() {
		Project keda = this.projects
			.create(new ProjectForm("KEDA", "sandbox", "Event-driven autoscaling.", "https://keda.sh/"));

		Project saved = this.projects.get("keda");
		assertThat(saved.getId()).isEqualTo(keda.getId());
		assertThat(saved.getMaturity()).isEqualTo("sandbox");
		assertThat(saved.getDescription()).isEqualTo("Event-driven autoscaling.");
		assertThat(this.projects.create(new ProjectForm("Backstage", "", "", "")).getMaturity()).isNull();
	}

	@Test
	void twoProjectsMayNotHaveTheSameNameWhateverItsCase() {
		assertThatExceptionOfType(NameTakenException.class)
			.isThrownBy(() -> this.projects.create(new ProjectForm("ETCD", "", "", "")))
			.satisfies((ex) -> assertThat(ex.getHolder().slug()).isEqualTo("etcd"));
	}

	@Test
	void aRenamedProjectMovesToANewSlugAndItsTalksShowTheNewName() {
		this.projects.update("helm", new ProjectForm("Helm Charts", "graduated", "", ""));

		assertThat(this.projects.get("helm-charts").getMaturity()).isEqualTo("graduated");
		assertThat(this.formerSlugs.current("project", "helm")).contains("helm-charts");
		assertThat(this.talks.covering("helm-charts")).extracting(TalkSummary::title)
			.containsExactly("CNCF Project Updates", "Helm 3 Deep Dive");
	}

	@Test
	void aProjectThatFiguresAreAboutIsNotDeleted() {
		assertThat(this.projects.deletion("vitess").figureCount()).isEqualTo(6);
		assertThatExceptionOfType(DeletionRefusedException.class).isThrownBy(() -> this.projects.delete("vitess"));
	}

	@Test
	void deletingAProjectTakesItOffItsTalks() {
		ProjectDeletion deletion = this.projects.deletion("linkerd");
		assertThat(deletion.talkCount()).isEqualTo(1);
		assertThat(deletion.refused()).isFalse();

		this.projects.delete("linkerd");
		this.entityManager.flush();
		this.entityManager.clear();

		assertThatExceptionOfType(ProjectNotFoundException.class).isThrownBy(() -> this.projects.get("linkerd"));
		assertThat(this.talks.details("cncf-project-updates").projects()).extracting("slug")
			.doesNotContain("linkerd")
			.contains("vitess", "helm");
	}

	/** The services a project's deletion and renaming reach, with what they need. */
	@TestConfiguration
	@ComponentScan(basePackages = "io.talknotes", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
			type = FilterType.REGEX,
			pattern = ".*\\.(ProjectService|TalkService|FormerSlugs|NamedEntities|TalkReferences|TalkCounts|NoteCounts|FigureCounts|TalkRenames|Usages|SpeakerCounts)"))
	static class Services {

	}

}
