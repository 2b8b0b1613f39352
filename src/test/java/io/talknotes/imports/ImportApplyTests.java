package io.talknotes.imports;

import java.util.ArrayList;
import java.util.List;

import io.talknotes.account.AccountService;
import io.talknotes.account.AccountsForTests;
import io.talknotes.conference.Conference;
import io.talknotes.note.NoteForm;
import io.talknotes.note.NoteService;
import io.talknotes.note.NoteView;
import io.talknotes.system.FormerSlugs;
import io.talknotes.system.NamedEntity;
import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkKind;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

import static io.talknotes.imports.Sessions.at;
import static io.talknotes.imports.Sessions.moved;
import static io.talknotes.imports.Sessions.ofType;
import static io.talknotes.imports.Sessions.retitled;
import static io.talknotes.imports.Sessions.schedule;
import static io.talknotes.imports.Sessions.session;
import static io.talknotes.imports.Sessions.speaker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Planning and applying schedules on the seeded database, with schedules as a reader
 * returns them: first imports, imports of changed files, and talks that must be left as
 * they are.
 */
@DataJpaTest
class ImportApplyTests {

	private static final ScheduledSession OPENING = session("uid-opening", "Opening keynote", "Hall A", 9,
			speaker("Ada Lovelace", "Analytical Engines"));

	private static final ScheduledSession MESH = session("uid-mesh", "Service meshes in anger", "Room 2", 10,
			speaker("Grace Hopper", "Navy"), speaker("Alan Turing", null));

	private static final ScheduledSession GITOPS = session("uid-gitops", "GitOps at scale", "Room 3", 11,
			speaker("Linus Torvalds", "Linux Foundation"));

	private static final ScheduledSession ETCD = session("uid-etcd", "etcd internals", "Room 3", 12);

	@Autowired
	private ImportPlanner planner;

	@Autowired
	private ScheduleApplier applier;

	@Autowired
	private ImportViews views;

	@Autowired
	private NoteService notes;

	@Autowired
	private FormerSlugs formerSlugs;

	@Autowired
	private AccountService accounts;

	@Autowired
	private EntityManager entityManager;

	@BeforeEach
	void editor() {
		AccountsForTests.ensure(this.accounts, "ada", "Ada Lovelace");
	}

	@Test
	void aFirstImportCreatesTheConferenceAndATalkForEachSessionWithItsSpeakersAndCompanies() {
		Schedule schedule = schedule("Cloud Days 2031", ofType(OPENING, "Keynote"), MESH, ofType(GITOPS, "Workshop"));

		ImportPlan plan = apply(schedule);

		assertThat(plan.conference().isNew()).isTrue();
		Conference conference = conference("Cloud Days 2031");
		assertThat(conference.getSlug()).isEqualTo("cloud-days-2031");
		assertThat(conference.getTimeZone()).isEqualTo("Europe/Brussels");
		assertThat(conference.getWebsiteUrl()).isEqualTo("https://example.org/cloud-days-2031");
		Talk opening = talk(conference, "uid-opening");
		assertThat(opening.getSlug()).isEqualTo("opening-keynote");
		assertThat(opening.getKind()).isEqualTo(TalkKind.KEYNOTE);
		assertThat(opening.getRoom()).isEqualTo("Hall A");
		assertThat(opening.getTrack()).isEqualTo("Main track");
		assertThat(opening.getStartsAt()).isEqualTo(at(9));
		assertThat(opening.getEndsAt()).isEqualTo(at(9).plusSeconds(1800));
		assertThat(opening.isAttended()).isFalse();
		assertThat(names(opening.getCompanies())).containsExactly("Analytical Engines");
		assertThat(talk(conference, "uid-gitops").getKind()).isEqualTo(TalkKind.WORKSHOP);
		Talk mesh = talk(conference, "uid-mesh");
		assertThat(mesh.getKind()).isEqualTo(TalkKind.TALK);
		assertThat(names(mesh.getSpeakers())).containsExactlyInAnyOrder("Grace Hopper", "Alan Turing");
		assertThat(mesh.getSpeakers()).filteredOn((s) -> s.getName().equals("Grace Hopper"))
			.singleElement()
			.satisfies((grace) -> assertThat(grace.getCompany().getName()).isEqualTo("Navy"));
	}

	@Test
	void importingTheSameFileAgainHasNothingToChange() {
		Schedule schedule = schedule("Cloud Days 2031", OPENING, MESH, GITOPS);
		apply(schedule);
		Long meshId = talk(conference("Cloud Days 2031"), "uid-mesh").getId();

		ImportPlan again = plan(schedule);

		assertThat(again.nothingToChange()).isTrue();
		assertThat(this.views.preview(again).isNothingToChange()).isTrue();
		assertThat(this.views.preview(again).leftAlone()).hasSize(3);
		apply(schedule);
		assertThat(talk(conference("Cloud Days 2031"), "uid-mesh").getId()).isEqualTo(meshId);
		assertThat(talks(conference("Cloud Days 2031"))).hasSize(3);
	}

	@Test
	void aChangedFileUpdatesTalksInPlaceCancelsDroppedOnesAndKeepsTheirNotes() {
		apply(schedule("Cloud Days 2031", OPENING, MESH, GITOPS));
		Conference conference = conference("Cloud Days 2031");
		Talk mesh = talk(conference, "uid-mesh");
		NoteView onMesh = this.notes.add(mesh.getSlug(), new NoteForm("Sidecars everywhere"), "ada");
		NoteView onGitops = this.notes.add("gitops-at-scale", new NoteForm("Pull, not push"), "ada");

		ScheduledSession renamedAndMoved = moved(retitled(MESH, "Service meshes without sidecars"), "Hall B", 14);
		ImportPlan plan = apply(schedule("Cloud Days 2031", OPENING, renamedAndMoved, ETCD));

		assertThat(plan.sessions()).filteredOn(ImportPlan.PlannedSession::isChanged)
			.singleElement()
			.satisfies((changed) -> assertThat(changed.changes()).extracting(FieldChange::field)
				.containsExactly("title", "time", "room"));
		assertThat(plan.cancelled()).extracting(Talk::getImportUid).containsExactly("uid-gitops");
		Talk renamed = talk(conference, "uid-mesh");
		assertThat(renamed.getId()).isEqualTo(mesh.getId());
		assertThat(renamed.getSlug()).isEqualTo("service-meshes-without-sidecars");
		assertThat(renamed.getRoom()).isEqualTo("Hall B");
		assertThat(this.formerSlugs.current("talk", "service-meshes-in-anger")).contains(renamed.getSlug());
		assertThat(this.notes.forTalk(renamed.getId())).extracting(NoteView::id).containsExactly(onMesh.id());
		Talk dropped = talk(conference, "uid-gitops");
		assertThat(dropped.isCancelled()).isTrue();
		assertThat(this.notes.forTalk(dropped.getId())).extracting(NoteView::id).containsExactly(onGitops.id());
		assertThat(talk(conference, "uid-etcd").isCancelled()).isFalse();
		assertThat(talks(conference)).hasSize(4);
	}

	@Test
	void aSessionThatComesBackIsReinstatedWithItsNotes() {
		apply(schedule("Cloud Days 2031", OPENING, GITOPS));
		NoteView note = this.notes.add("gitops-at-scale", new NoteForm("Pull, not push"), "ada");
		apply(schedule("Cloud Days 2031", OPENING));

		ImportPlan plan = apply(schedule("Cloud Days 2031", OPENING, GITOPS));

		ImportPreview preview = this.views.preview(plan);
		assertThat(preview.reinstated()).extracting(ImportPreview.ChangedTalk::title)
			.containsExactly("GitOps at scale");
		assertThat(preview.changed()).isEmpty();
		Talk back = talk(conference("Cloud Days 2031"), "uid-gitops");
		assertThat(back.isCancelled()).isFalse();
		assertThat(this.notes.forTalk(back.getId())).extracting(NoteView::id).containsExactly(note.id());
	}

	@Test
	void talksMadeByHandAreNeverChangedOrCancelled() {
		Conference kubecon = conference("KubeCon + CloudNativeCon North America 2019");
		List<Talk> before = talks(kubecon);

		ImportPlan plan = this.planner.plan(schedule("Anything", retitled(OPENING, "Helm 3 Deep Dive")), kubecon, null);
		this.applier.apply(plan, (done) -> {
		});
		flush();

		assertThat(plan.cancelled()).isEmpty();
		assertThat(talks(kubecon)).hasSize(before.size() + 1)
			.filteredOn((talk) -> "Helm 3 Deep Dive".equals(talk.getTitle()))
			.extracting(Talk::getSlug)
			.containsExactlyInAnyOrder("helm-3-deep-dive", "helm-3-deep-dive-2");
		assertThat(talks(kubecon)).filteredOn(Talk::isCancelled).isEmpty();
	}

	@Test
	void theConferenceTheFileNamesIsFoundByItsNameIgnoringCaseOrByItsAcronym() {
		Schedule byName = schedule("kubecon + CLOUDNATIVECON north america 2019", OPENING);
		assertThat(plan(byName).conference().existing()).isNotNull()
			.extracting(NamedEntity::getSlug)
			.isEqualTo("kubecon-cloudnativecon-na-2019");

		apply(new Schedule("Chaos Communication Congress 36", "36c3", null, null, null, null, List.of(OPENING)));
		Schedule byAcronym = new Schedule("36C3", null, null, null, null, null, List.of(OPENING));
		Schedule renamedWithAcronym = new Schedule("36th Congress", "36C3", null, null, null, null, List.of(OPENING));

		assertThat(plan(byAcronym).conference().name()).isEqualTo("Chaos Communication Congress 36");
		assertThat(plan(renamedWithAcronym).conference().name()).isEqualTo("Chaos Communication Congress 36");
		assertThat(plan(renamedWithAcronym).nothingToChange()).isTrue();
	}

	@Test
	void aFileWithoutATitleGoesToTheConferenceTypedOrIsRefused() {
		Schedule untitled = new Schedule(null, null, null, null, null, null, List.of(OPENING, MESH));

		assertThatExceptionOfType(ImportTargetException.class).isThrownBy(() -> plan(untitled))
			.extracting(ImportTargetException::getMessageKey)
			.isEqualTo("import.conference.required");
		ImportPlan plan = this.planner.plan(untitled, null, "Meetup  of   February");
		this.applier.apply(plan, (done) -> {
		});
		flush();
		Conference meetup = conference("Meetup of February");
		assertThat(meetup.getStartsOn()).isEqualTo(java.time.LocalDate.of(2031, 2, 1));
		assertThat(meetup.getEndsOn()).isEqualTo(java.time.LocalDate.of(2031, 2, 1));
		assertThat(talks(meetup)).hasSize(2);
	}

	@Test
	void aSessionWithTheUidOfAnEarlierOneIsLeftOut() {
		ImportPlan plan = apply(schedule("Cloud Days 2031", OPENING, MESH, retitled(OPENING, "Opening, again")));

		assertThat(plan.skipped()).extracting(ImportedSession::title).containsExactly("Opening, again");
		assertThat(talks(conference("Cloud Days 2031"))).extracting(Talk::getTitle)
			.containsExactlyInAnyOrder("Opening keynote", "Service meshes in anger");
	}

	@Test
	void aTalkIsNeverAddressedAsNew() {
		apply(schedule("Cloud Days 2031", retitled(OPENING, "New!")));

		assertThat(talk(conference("Cloud Days 2031"), "uid-opening").getSlug()).isEqualTo("new-2");
	}

	@Test
	void progressIsReportedAfterEverySession() {
		List<Integer> reported = new ArrayList<>();

		this.applier.apply(plan(schedule("Cloud Days 2031", OPENING, MESH, GITOPS)), reported::add);

		assertThat(reported).containsExactly(1, 2, 3);
	}

	private ImportPlan plan(Schedule schedule) {
		return this.planner.plan(schedule, null, null);
	}

	private ImportPlan apply(Schedule schedule) {
		ImportPlan plan = plan(schedule);
		this.applier.apply(plan, (done) -> {
		});
		flush();
		return plan;
	}

	/** Writes and forgets what was applied, so that assertions read the database. */
	private void flush() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	private Conference conference(String name) {
		return this.entityManager.createQuery("select c from Conference c where c.name = :name", Conference.class)
			.setParameter("name", name)
			.getSingleResult();
	}

	private Talk talk(Conference conference, String uid) {
		return this.entityManager
			.createQuery("select t from Talk t where t.conference = :conference and t.importUid = :uid", Talk.class)
			.setParameter("conference", conference)
			.setParameter("uid", uid)
			.getSingleResult();
	}

	private List<Talk> talks(Conference conference) {
		return this.entityManager.createQuery("select t from Talk t where t.conference = :conference", Talk.class)
			.setParameter("conference", conference)
			.getResultList();
	}

	private static List<String> names(java.util.Collection<? extends NamedEntity> items) {
		return items.stream().map(NamedEntity::getName).toList();
	}

	/** The services an import uses, on the seeded database. */
	@TestConfiguration
	@Import(AccountsForTests.class)
	@ComponentScan(basePackages = "io.talknotes", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
			type = FilterType.REGEX, pattern = ".*\\.(ImportPlanner|ScheduleApplier|ImportViews|FormerSlugs"
					+ "|NoteService|TalkService|MarkdownRenderer|ClockConfiguration|TalkCounts|NoteCounts|FigureCounts|TalkRenames|Usages|SpeakerCounts)"))
	static class Services {

	}

}
