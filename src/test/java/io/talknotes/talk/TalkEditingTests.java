package io.talknotes.talk;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import io.talknotes.system.FormerSlugs;
import io.talknotes.system.NamedLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Adding, changing, cancelling and deleting talks on the seeded database, through the
 * real services. Each test's changes are rolled back.
 */
@DataJpaTest
@Import(TalkServicesForTests.class)
class TalkEditingTests {

	private static final String KUBECON = "kubecon-cloudnativecon-na-2019";

	@Autowired
	private TalkEditing editing;

	@Autowired
	private TalkService talks;

	@Autowired
	private FormerSlugs formerSlugs;

	@Autowired
	private DataSource dataSource;

	private JdbcTemplate jdbc;

	@BeforeEach
	void jdbc() {
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void aNewTalkFindsOrCreatesItsSpeakersCompaniesAndProjectsByName() {
		String slug = this.editing.create(form("Mesh at Scale", "2019-11-19", "14:25", "15:00",
				"Jane Doe, Acme Mesh\nMatt Klein, LYFT\n\n", "Buoyant, lyft", "linkerd, Envoy Gateway"));

		TalkDetails talk = this.talks.details(slug);
		assertThat(slug).isEqualTo("mesh-at-scale");
		assertThat(talk.speakers()).extracting(NamedLink::name).containsExactlyInAnyOrder("Jane Doe", "Matt Klein");
		assertThat(talk.companies()).extracting(NamedLink::slug)
			.containsExactlyInAnyOrder("acme-mesh", "buoyant", "lyft");
		assertThat(talk.projects()).extracting(NamedLink::slug).containsExactlyInAnyOrder("envoy-gateway", "linkerd");
		assertThat(this.jdbc.queryForObject("select count(*) from company where lower(name) = 'lyft'", Long.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select c.name from speaker s join company c on c.id = s.company_id where s.slug = 'jane-doe'",
				String.class))
			.isEqualTo("Acme Mesh");
		assertThat(this.talks.list(new TalkFilter(KUBECON, null, null, null, null, null)))
			.as("a new talk comes after those of the programme")
			.last()
			.extracting(TalkSummary::slug)
			.isEqualTo(slug);
	}

	@Test
	void timesAreReadInTheConferencesTimeZoneAndKeptAsInstants() {
		String slug = this.editing.create(form("Late Talk", "2019-11-19", "16:30", "17:05", "", "", ""));

		TalkDetails talk = this.talks.details(slug);
		assertThat(talk.startsAt().toInstant()).isEqualTo(Instant.parse("2019-11-20T00:30:00Z"));
		assertThat(talk.endsAt().toInstant()).isEqualTo(Instant.parse("2019-11-20T01:05:00Z"));
		assertThat(talk.startsAt().getZone().getId()).isEqualTo("America/Los_Angeles");
		TalkForm again = this.editing.formFor(slug);
		assertThat(List.of(again.day(), again.startTime(), again.endTime())).containsExactly("2019-11-19", "16:30",
				"17:05");
		assertThat(again.isAttended()).isTrue();
	}

	@Test
	void aTakenTitleGetsANumberedSlugAndNoTalkIsCalledNew() {
		assertThat(this.editing.create(form("Helm 3 Deep Dive"))).isEqualTo("helm-3-deep-dive-2");
		assertThat(this.editing.create(form("New"))).isEqualTo("new-2");
		assertThat(this.editing.create(form("!!!"))).isEqualTo("talk");
	}

	@Test
	void aRenamedTalkGetsANewSlugAndItsOldOneLeadsToIt() {
		long id = this.talks.details("helm-3-deep-dive").id();

		String slug = this.editing.update("helm-3-deep-dive", form("Helm 3: The Deep Dive"));

		assertThat(slug).isEqualTo("helm-3-the-deep-dive");
		assertThat(this.formerSlugs.current("talk", "helm-3-deep-dive")).contains(slug);
		assertThat(this.talks.details(slug).id()).isEqualTo(id);
		assertThatExceptionOfType(TalkNotFoundException.class).isThrownBy(() -> this.talks.details("helm-3-deep-dive"));
		assertThat(this.jdbc.queryForObject("select count(*) from note n join talk t on t.id = n.talk_id "
				+ "where t.slug = 'helm-3-the-deep-dive'", Long.class))
			.isPositive();
	}

	@Test
	void anEditThatKeepsTheTitleKeepsThePublishedSlug() {
		String seeded = "the-gotchas-of-zero-downtime-traffic-with-kubernetes";
		TalkForm form = this.editing.formFor(seeded);

		assertThat(this.editing.update(seeded, form)).isEqualTo(seeded);
		assertThat(this.formerSlugs.current("talk", seeded)).isEmpty();
	}

	@Test
	void aTalkWithNotesOrFiguresIsNotDeleted() {
		assertThatExceptionOfType(TalkInUseException.class)
			.isThrownBy(() -> this.editing.delete("cncf-project-updates"))
			.satisfies((ex) -> assertThat(ex.getUsage()).isEqualTo(new TalkUsage(1, 11)));
		assertThat(this.talks.details("cncf-project-updates").title()).isEqualTo("CNCF Project Updates");
	}

	@Test
	void aNoteInTheTrashKeepsItsTalkFromBeingDeleted() {
		String slug = this.editing.create(form("Trashed Notes Only"));
		this.jdbc.update("insert into note (talk_id, body, author, created_at, updated_at, version, deleted_at) "
				+ "select id, 'gone', 'Ada', current_timestamp, current_timestamp, 0, current_timestamp from talk "
				+ "where slug = ?", slug);

		assertThat(this.editing.usage(slug)).isEqualTo(new TalkUsage(1, 0));
		assertThatExceptionOfType(TalkInUseException.class).isThrownBy(() -> this.editing.delete(slug));
	}

	@Test
	void aTalkNothingIsAboutIsDeletedAndItsOldSlugsAreFreed() {
		String slug = this.editing.create(form("Short Lived"));
		String renamed = this.editing.update(slug, form("Shorter Lived"));

		assertThat(this.editing.delete(renamed)).isEqualTo(KUBECON);

		assertThatExceptionOfType(TalkNotFoundException.class).isThrownBy(() -> this.talks.details(renamed));
		assertThat(this.formerSlugs.current("talk", slug)).isEmpty();
		assertThat(this.editing.create(form("Short Lived"))).isEqualTo("short-lived");
	}

	@Test
	void aCancelledTalkKeepsItsNotesAndIsListedAsCancelledUntilReinstated() {
		this.editing.cancel("gitops-user-stories");

		assertThat(this.talks.details("gitops-user-stories").cancelled()).isTrue();
		assertThat(summary("gitops-user-stories")).satisfies((talk) -> {
			assertThat(talk.cancelled()).isTrue();
			assertThat(talk.noteCount()).isEqualTo(1);
		});

		this.editing.reinstate("gitops-user-stories");

		assertThat(summary("gitops-user-stories").cancelled()).isFalse();
	}

	private TalkSummary summary(String slug) {
		return this.talks.list(TalkFilter.all())
			.stream()
			.filter((talk) -> talk.slug().equals(slug))
			.findFirst()
			.orElseThrow();
	}

	static TalkForm form(String title) {
		return form(title, "", "", "", "", "", "");
	}

	static TalkForm form(String title, String day, String start, String end, String newSpeakers, String otherCompanies,
			String otherProjects) {
		return form(KUBECON, title, day, start, end, "", newSpeakers, otherCompanies, otherProjects);
	}

	static TalkForm form(String conference, String title, String day, String start, String end, String room,
			String newSpeakers, String otherCompanies, String otherProjects) {
		return new TalkForm(conference, title, "", "talk", "", day, start, end, room, "", "", List.of(), newSpeakers,
				List.of(), otherCompanies, List.of(), otherProjects, "", "", "", "true");
	}

}
