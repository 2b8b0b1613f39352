package io.talknotes.note;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

import io.talknotes.account.AccountService;
import io.talknotes.account.AccountsForTests;
import io.talknotes.search.SearchIndex;
import io.talknotes.search.SearchQuery;
import io.talknotes.search.SearchRequest;
import io.talknotes.search.TalkSearch;
import io.talknotes.search.TalkSearchConfiguration;
import io.talknotes.system.ItemKind;
import io.talknotes.system.TalknotesProperties;
import io.talknotes.system.Usage;
import io.talknotes.talk.TalkFilter;
import io.talknotes.talk.TalkService;
import io.talknotes.talk.TalkSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The trash on the seeded database, with a real search index: a trashed note is gone from
 * pages, counts and search until it is restored; a purged one is gone for good. Every
 * call commits, as it does in the application, because search is updated on commit.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ NoteService.class, NoteTrashService.class, NoteHistoryService.class, TalkService.class, NoteCounts.class,
		MarkdownRenderer.class, AccountsForTests.class, TalkSearchConfiguration.class, SearchIndex.class,
		NoteTrashServiceTests.Settings.class })
class NoteTrashServiceTests {

	private static final String TALK = "use-your-favorite-developer-tools-in-kubernetes-with-telepresence";

	@Autowired
	private NoteService notes;

	@Autowired
	private NoteTrashService trash;

	@Autowired
	private NoteCounts counts;

	@Autowired
	private NoteHistoryService history;

	@Autowired
	private TalkService talks;

	@Autowired
	private TalkSearch search;

	@Autowired
	private SearchIndex index;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private AccountService accounts;

	@BeforeEach
	void writers() {
		AccountsForTests.ensure(this.accounts, "ada", "Ada");
		AccountsForTests.ensure(this.accounts, "bob", "Bob");
		AccountsForTests.ensure(this.accounts, "cy", "Cy");
	}

	@BeforeEach
	void indexTheSeed() {
		this.index.rebuild().join();
	}

	@Test
	void aTrashedNoteLeavesEveryPageCountAndSearchUntilItIsRestoredAsItWas() {
		NoteView note = this.notes.add(TALK, new NoteForm("Telepresence swaps a **wombatnote** deployment"), "ada");
		NoteView edited = this.notes.edit(TALK, note.id(), note.version(),
				new NoteForm("Telepresence swaps a **wombatnote** deployment locally"), "bob");
		long conferenceNotes = conferenceNotes();
		try {
			this.notes.moveToTrash(TALK, note.id(), "cy");

			assertThat(this.notes.forTalk(talkId())).extracting(NoteView::id).doesNotContain(note.id());
			assertThat(this.notes.recent(20)).extracting(NoteView::id).doesNotContain(note.id());
			assertThat(conferenceNotes()).isEqualTo(conferenceNotes - 1);
			assertThat(summary().noteCount()).isZero();
			assertThat(withNotes()).doesNotContain(TALK);
			assertThat(this.search.search(SearchRequest.of("wombatnote")).total()).isZero();
			assertThat(byAuthor("Ada")).as("the talk is no longer found by the note's author").isZero();
			assertThat(noteDocuments(note.id())).as("the note's own passages are out of the index").isZero();
			this.index.rebuild().join();
			assertThat(this.search.search(SearchRequest.of("wombatnote")).total()).as("nor brought back by a rebuild")
				.isZero();
			assertThat(noteDocuments(note.id())).isZero();
			assertThatExceptionOfType(NoteNotFoundException.class).isThrownBy(() -> this.notes.get(TALK, note.id()));
			assertThat(this.trash.trashed()).singleElement().satisfies((trashed) -> {
				assertThat(trashed.note().body()).contains("wombatnote");
				assertThat(trashed.note().author()).isEqualTo("Ada");
				assertThat(trashed.deletedBy()).isEqualTo("Cy");
				assertThat(trashed.deletedAt()).isEqualTo(Settings.NOW);
			});

			NoteView restored = this.trash.restore(note.id());

			assertThat(restored.body()).isEqualTo(edited.body());
			assertThat(restored.updatedAt()).isEqualTo(edited.updatedAt());
			assertThat(this.notes.forTalk(talkId())).extracting(NoteView::id).contains(note.id());
			assertThat(conferenceNotes()).isEqualTo(conferenceNotes);
			assertThat(summary().noteCount()).isEqualTo(1);
			assertThat(withNotes()).contains(TALK);
			assertThat(this.search.search(SearchRequest.of("wombatnote")).hits()).singleElement()
				.satisfies((hit) -> assertThat(hit.passages())
					.anySatisfy((passage) -> assertThat(passage).contains("<mark>wombatnote</mark>")));
			assertThat(byAuthor("Ada")).isEqualTo(1);
			assertThat(this.history.history(TALK, note.id()).versions()).hasSize(2);
			assertThat(this.trash.trashed()).isEmpty();
		}
		finally {
			discard(note.id());
		}
	}

	@Test
	void purgingDeletesTheNoteAndItsRevisionsForGood() {
		NoteView note = this.notes.add(TALK, new NoteForm("first"), "ada");
		this.notes.edit(TALK, note.id(), note.version(), new NoteForm("second"), "ada");
		this.notes.moveToTrash(TALK, note.id(), "ada");

		this.trash.purge(note.id());

		assertThat(this.trash.trashed()).isEmpty();
		assertThatExceptionOfType(NoteNotFoundException.class).isThrownBy(() -> this.trash.restore(note.id()));
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("select count(*) from note where id = ?", Long.class, note.id())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from note_revision where note_id = ?", Long.class, note.id()))
			.isZero();
	}

	@Test
	void onlyNotesInTheTrashCanBeRestoredOrPurged() {
		NoteView note = this.notes.add(TALK, new NoteForm("kept"), "ada");
		try {
			assertThatExceptionOfType(NoteNotFoundException.class).isThrownBy(() -> this.trash.purge(note.id()));
			assertThatExceptionOfType(NoteNotFoundException.class).isThrownBy(() -> this.trash.get(note.id()));
			assertThat(this.notes.get(TALK, note.id()).body()).isEqualTo("kept");
		}
		finally {
			discard(note.id());
		}
	}

	/** Leaves the database as the seed made it, wherever a failed test stopped. */
	private void discard(Long noteId) {
		if (this.trash.trashed().stream().noneMatch((trashed) -> trashed.note().id().equals(noteId))) {
			this.notes.moveToTrash(TALK, noteId, "ada");
		}
		this.trash.purge(noteId);
	}

	private Long talkId() {
		return this.talks.details(TALK).id();
	}

	/** The notes the conference pages count. */
	private long conferenceNotes() {
		List<Long> conferences = new JdbcTemplate(this.dataSource).queryForList("select id from conference",
				Long.class);
		return this.counts.count(Usage.NOTES, ItemKind.CONFERENCE, conferences)
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
	}

	private TalkSummary summary() {
		return this.talks.list(TalkFilter.all())
			.stream()
			.filter((talk) -> talk.slug().equals(TALK))
			.findFirst()
			.orElseThrow();
	}

	private List<String> withNotes() {
		return this.talks.list(new TalkFilter(null, null, null, null, TalkFilter.NotesFilter.WITH, null))
			.stream()
			.map(TalkSummary::slug)
			.toList();
	}

	private long byAuthor(String author) {
		return this.search
			.search(new SearchRequest(SearchQuery.parse("telepresence"), null, null, null, null, author, 1))
			.total();
	}

	private long noteDocuments(Long noteId) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(Note.class)
				.where((f) -> f.id().matching(noteId))
				.fetchTotalHitCount();
		}
	}

	@TestConfiguration
	@EnableConfigurationProperties(TalknotesProperties.class)
	static class Settings {

		static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
