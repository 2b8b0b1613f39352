package io.talknotes.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.talknotes.TestMessages;
import io.talknotes.account.AccountService;
import io.talknotes.account.AccountsForTests;
import io.talknotes.note.NoteForm;
import io.talknotes.note.NoteService;
import io.talknotes.note.NoteView;
import io.talknotes.system.NamedLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static io.talknotes.imports.ScheduleFilesForTests.refusal;
import static io.talknotes.imports.Sessions.moved;
import static io.talknotes.imports.Sessions.retitled;
import static io.talknotes.imports.Sessions.session;
import static io.talknotes.imports.Sessions.speaker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Importing real files through the service, as the pages do: upload, preview, apply (here
 * on the calling thread), result. Each test commits, as an import does, so each imports
 * into a conference of its own.
 */
@DataJpaTest(showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ImportServiceTests {

	@Autowired
	private ImportService imports;

	@Autowired
	private NoteService notes;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void editor() {
		AccountsForTests.ensure(this.accounts, "ada", "Ada Lovelace");
	}

	@Test
	void anUploadedFileIsPreviewedThenAppliedAndItsResultLinksTheNewTalks() {
		byte[] file = ScheduleFilesForTests.bytes("schedule.json");

		Long id = this.imports.upload(new ScheduleUpload("schedule.json", file, null, null), "ada");
		ImportPage preview = this.imports.page(id);

		assertThat(preview.state()).isEqualTo(ImportPage.State.READY);
		assertThat(preview.createdBy()).isEqualTo("Ada Lovelace");
		assertThat(preview.fileName()).isEqualTo("schedule.json");
		assertThat(preview.preview().conferenceName()).isEqualTo("Developer Camp 2024");
		assertThat(preview.preview().isNewConference()).isTrue();
		int sessions = preview.preview().added().size();
		assertThat(sessions).isEqualTo(preview.preview().sessions()).isPositive();

		this.imports.apply(id, "ada");
		ImportPage applied = this.imports.page(id);

		assertThat(applied.state()).isEqualTo(ImportPage.State.APPLIED);
		assertThat(applied.preview()).isNull();
		assertThat(applied.result().conference().name()).isEqualTo("Developer Camp 2024");
		assertThat(applied.result().added()).hasSize(sessions).extracting(NamedLink::name).contains("Opening");
		assertThat(applied.done()).isEqualTo(sessions);
		assertThat(this.jdbc.queryForObject("select count(*) from talk t join conference c on c.id = t.conference_id "
				+ "where c.name = 'Developer Camp 2024'", Long.class))
			.isEqualTo(sessions);
	}

	@Test
	void reimportingChangedFilesUpdatesTalksInPlaceAndKeepsTheirNotes() {
		String conference = "Re-import Days " + UUID.randomUUID();
		ScheduledSession keynote = session("k-1", "Opening", "Hall", 9, speaker("Ada Lovelace", "Engines Ltd"));
		ScheduledSession mesh = session("k-2", "Meshes", "Room 1", 10, speaker("Grace Hopper", null));
		ScheduledSession gitops = session("k-3", "GitOps", "Room 2", 11);
		ImportResult first = importAndApply(conference, keynote, mesh, gitops);
		String meshSlug = slugOf(first.added(), "Meshes");
		NoteView note = this.notes.add(meshSlug, new NoteForm("Sidecars everywhere"), "ada");
		NoteView onGitops = this.notes.add(slugOf(first.added(), "GitOps"), new NoteForm("Pull"), "ada");

		assertThat(previewOf(conference, keynote, mesh, gitops).isNothingToChange()).isTrue();

		ScheduledSession renamed = moved(retitled(mesh, "Meshes, revisited"), "Room 9", 15);
		ScheduledSession etcd = session("k-4", "etcd", "Room 2", 11);
		ImportPreview changes = previewOf(conference, keynote, renamed, etcd);
		assertThat(changes.changed()).singleElement().satisfies((talk) -> {
			assertThat(talk.slug()).isEqualTo(meshSlug);
			assertThat(talk.changes()).extracting(FieldChange::field).containsExactly("title", "time", "room");
			assertThat(talk.changes().get(2)).isEqualTo(new FieldChange("room", "Room 1", "Room 9"));
		});
		assertThat(changes.cancelled()).extracting(NamedLink::name).containsExactly("GitOps");
		assertThat(changes.added()).extracting(ImportPreview.SessionLine::title).containsExactly("etcd");
		assertThat(changes.leftAlone()).extracting(NamedLink::name).containsExactly("Opening");

		ImportResult second = importAndApply(conference, keynote, renamed, etcd);
		assertThat(second.changed()).extracting(NamedLink::name).containsExactly("Meshes, revisited");
		assertThat(this.notes.get("meshes-revisited", note.id()).body()).isEqualTo("Sidecars everywhere");

		ImportResult third = importAndApply(conference, keynote, renamed, etcd, gitops);
		assertThat(third.reinstated()).extracting(NamedLink::name).containsExactly("GitOps");
		assertThat(this.notes.get(slugOf(third.reinstated(), "GitOps"), onGitops.id()).body()).isEqualTo("Pull");
		assertThat(third.leftAlone()).isEqualTo(3);
	}

	@Test
	void aFailureHalfWayLeavesNothingApplied() {
		String conference = "Half Way " + UUID.randomUUID();
		List<ScheduledSession> sessions = Sessions.many(conference, 700);
		importAndApply(conference, sessions.toArray(ScheduledSession[]::new));
		long talks = count("talk");
		long speakers = count("speaker");
		long companies = count("company");
		List<ScheduledSession> changed = new ArrayList<>();
		for (ScheduledSession session : sessions) {
			changed.add(retitled(session, session.title() + " (updated)"));
		}
		// The 600th session of the file is new, and refused by the database
		changed.add(599, session("new-one", "Boom", "Room 1", 9, speaker("Katherine Johnson", "Langley")));
		this.jdbc.execute("alter table talk add constraint ck_no_boom check (title <> 'Boom')");
		try {
			// iCalendar keeps the sessions in the order given: the 600th is the one that
			// fails
			Schedule schedule = Sessions.schedule(conference, changed.toArray(ScheduledSession[]::new));
			byte[] ics = ScheduleFileWriter.ics(schedule).getBytes(StandardCharsets.UTF_8);
			Long id = this.imports.upload(new ScheduleUpload("schedule.ics", ics, null, null), "ada");
			this.imports.apply(id, "ada");

			ImportPage failed = this.imports.page(id);
			assertThat(failed.state()).isEqualTo(ImportPage.State.FAILED);
			assertThat(failed.done()).isEqualTo(599);
			assertThat(TestMessages.text(failed.failure())).containsIgnoringCase("ck_no_boom");
			assertThat(failed.isApplicable()).isTrue();
		}
		finally {
			this.jdbc.execute("alter table talk drop constraint ck_no_boom");
		}
		assertThat(count("talk")).isEqualTo(talks);
		assertThat(count("speaker")).isEqualTo(speakers);
		assertThat(count("company")).isEqualTo(companies);
		assertThat(this.jdbc.queryForObject("select count(*) from talk where title like '%(updated)'", Long.class))
			.isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "bad-date.json | schedule.conference.days[0].rooms[\"Room A\"][1].date",
			"bad-dtstart.ics | Line 9: DTSTART", "bad-start.xml | schedule/day[2]/room[Room A]/event[2]/start, line 27",
			"doctype.xml | DOCTYPE", "malformed.xml | Line 15", "missing-title.json | [1].title",
			"no-events.ics | no VEVENT", "truncated.json | Line 27, column 1",
			"wrong-type.json | schedule.conference.days[0].rooms[\"Saal 1\"][0].persons" })
	void aBrokenFileIsRefusedWithWhereItBreaksAndNothingIsStored(String name, String where) {
		long stored = count("schedule_import");
		byte[] file = ScheduleFilesForTests.bytes("broken/" + name);

		assertThat(refusal(() -> this.imports.upload(new ScheduleUpload(name, file, null, null), "ada")))
			.contains(where);
		assertThat(count("schedule_import")).isEqualTo(stored);
	}

	@Test
	void aFileThatNamesNoConferenceNeedsOnePickedOrTyped() {
		Schedule untitled = new Schedule(null, null, null, null, null, null, List.of(session("u-1", "Hi", "R", 9)));
		byte[] ics = ScheduleFileWriter.ics(untitled).getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(ImportTargetException.class)
			.isThrownBy(() -> this.imports.upload(new ScheduleUpload("cal.ics", ics, null, null), "ada"))
			.extracting(ImportTargetException::getMessageKey)
			.isEqualTo("import.conference.required");
		assertThatExceptionOfType(ImportTargetException.class)
			.isThrownBy(
					() -> this.imports.upload(new ScheduleUpload("cal.ics", ics, "no-such-conference", null), "ada"))
			.extracting(ImportTargetException::getMessageKey)
			.isEqualTo("import.conference.unknown");
		Long typed = this.imports.upload(new ScheduleUpload("cal.ics", ics, null, "Typed Meetup"), "ada");
		assertThat(this.imports.page(typed).preview().conferenceName()).isEqualTo("Typed Meetup");
		Long picked = this.imports.upload(new ScheduleUpload("cal.ics", ics, "kubecon-cloudnativecon-na-2019", null),
				"ada");
		assertThat(this.imports.page(picked).preview().conferenceSlug()).isEqualTo("kubecon-cloudnativecon-na-2019");
	}

	@Test
	void applyingTwiceAppliesOnce() {
		String conference = "Twice " + UUID.randomUUID();
		Long id = upload(conference, session("t-1", "Once", "Room", 9));
		this.imports.apply(id, "ada");

		this.imports.apply(id, "ada");

		assertThat(this.imports.page(id).result().added()).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from talk where import_uid = 't-1'", Long.class))
			.isEqualTo(1);
	}

	private Long upload(String conference, ScheduledSession... sessions) {
		String json = ScheduleFileWriter.frabJson(Sessions.schedule(conference, sessions));
		return this.imports
			.upload(new ScheduleUpload("schedule.json", json.getBytes(StandardCharsets.UTF_8), null, null), "ada");
	}

	private ImportPreview previewOf(String conference, ScheduledSession... sessions) {
		return this.imports.page(upload(conference, sessions)).preview();
	}

	private ImportResult importAndApply(String conference, ScheduledSession... sessions) {
		Long id = upload(conference, sessions);
		this.imports.apply(id, "ada");
		ImportPage page = this.imports.page(id);
		assertThat(page.state()).as("import %d: %s", id, page.failure()).isEqualTo(ImportPage.State.APPLIED);
		return page.result();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static String slugOf(List<NamedLink> talks, String title) {
		return talks.stream().filter((talk) -> talk.name().equals(title)).findFirst().orElseThrow().slug();
	}

	/** The import service with what it needs, applying on the calling thread. */
	@TestConfiguration
	@Import(AccountsForTests.class)
	@ComponentScan(basePackages = "io.talknotes", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
			type = FilterType.REGEX,
			pattern = ".*\\.(ImportService|ImportRunner|ImportPlanner|ScheduleApplier|ImportViews"
					+ "|FormerSlugs|NoteService|TalkService|MarkdownRenderer|ClockConfiguration|TalkCounts|NoteCounts|FigureCounts|TalkRenames|Usages|SpeakerCounts)"))
	static class Services {

		@Bean
		ImportThread importThread() {
			return new ImportThread(new SyncTaskExecutor());
		}

	}

}
