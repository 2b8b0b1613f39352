package io.talknotes.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.talknotes.note.Note;
import io.talknotes.system.TalknotesProperties;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an unclean stop the index is brought in line with the database: what a killed run
 * committed but never indexed is found, what the database does not hold is no longer
 * found, neither through the note nor through its talk. The database is changed with SQL
 * here, behind the index's back, as a kill between the two writes leaves it.
 */
@DataJpaTest
@Import({ TalkSearchConfiguration.class, SearchIndex.class, IndexReconciliationTests.Settings.class })
// The reconciliation reads the database in a transaction of its own: rows must be
// committed.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class IndexReconciliationTests {

	private static final String TALK = "helm-3-deep-dive";

	@Autowired
	private TalkSearch search;

	@Autowired
	private SearchIndex index;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private TalknotesProperties properties;

	@Autowired
	private DataSource dataSource;

	private JdbcTemplate jdbc;

	@BeforeEach
	void indexTheSeed() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.index.rebuild().join();
	}

	@AfterEach
	void removeTheNotesOfTheTest() {
		this.jdbc.update("delete from note where author = 'Reconciler'");
		this.index.rebuild().join();
	}

	@Test
	void aNoteCommittedButNeverIndexedIsFoundAfterReconciling() {
		insertNote("Committed just before the kill: zqwombat");
		assertThat(search("zqwombat").total()).as("the index missed the note").isZero();

		IndexReconciliation.Result result = reconcile();

		assertThat(result).isEqualTo(new IndexReconciliation.Result(1, 1, 0, 0));
		TalkHit hit = search("zqwombat").hits().get(0);
		assertThat(hit.slug()).isEqualTo(TALK);
		assertThat(hit.passages()).containsExactly("Committed just before the kill: <mark>zqwombat</mark>");
	}

	@Test
	void aNoteTheDatabaseDoesNotHoldIsNoLongerFoundThroughItselfOrItsTalk() throws IOException {
		insertNote("Indexed, then lost by the database: zqquokka");
		reconcile();
		assertThat(search("zqquokka").total()).isOne();
		this.jdbc.update("delete from note where body like '%zqquokka'");

		IndexReconciliation.Result result = reconcile();

		assertThat(result).isEqualTo(new IndexReconciliation.Result(0, 1, 1, 0));
		assertThat(search("zqquokka").total()).isZero();
		assertThat(notesIndexed()).isEqualTo(this.jdbc.queryForObject("select count(*) from note", Long.class));
	}

	@Test
	void anEditCommittedButNeverIndexedReplacesTheOldTextAfterReconciling() {
		insertNote("First draft: zqnumbat");
		reconcile();
		this.jdbc.update("update note set body = 'Second draft: zqbilby', version = version + 1 "
				+ "where body like '%zqnumbat'");
		assertThat(search("zqnumbat").total()).as("the index still has the old text").isOne();

		IndexReconciliation.Result result = reconcile();

		assertThat(result).isEqualTo(new IndexReconciliation.Result(1, 1, 0, 0));
		assertThat(search("zqnumbat").total()).isZero();
		assertThat(search("zqbilby").total()).isOne();
	}

	@Test
	void anIndexInStepWithTheDatabaseIsLeftAsItIs() {
		assertThat(reconcile()).isEqualTo(new IndexReconciliation.Result(0, 0, 0, 0));
	}

	@Test
	void aStartAfterAnUncleanStopReconcilesAndOneAfterACleanStopDoesNot() throws Exception {
		Path running = this.properties.dataDir().resolve("index").resolve("talknotes-index.running");
		Files.createDirectories(running.getParent());
		Files.writeString(running, "a run that was killed\n");
		insertNote("Committed just before the kill: zqdingo");

		SearchIndex afterKill = new SearchIndex(this.entityManagerFactory, this.dataSource, this.properties);
		afterKill.buildIfStale();

		assertThat(afterKill.rebuiltAtStart()).isFalse();
		assertThat(afterKill.status().isReady()).isTrue();
		assertThat(search("zqdingo").total()).isOne();

		afterKill.stopped();
		assertThat(running).doesNotExist();
		insertNote("Committed behind the index's back: zqwallaby");
		SearchIndex afterCleanStop = new SearchIndex(this.entityManagerFactory, this.dataSource, this.properties);
		afterCleanStop.buildIfStale();
		assertThat(search("zqwallaby").total()).as("a clean stop is trusted: nothing is compared").isZero();
		afterCleanStop.stopped();
	}

	private void insertNote(String body) {
		this.jdbc.update(
				"insert into note (talk_id, body, author, created_at, updated_at) "
						+ "select id, ?, 'Reconciler', current_timestamp, current_timestamp from talk where slug = ?",
				body, TALK);
	}

	private IndexReconciliation.Result reconcile() {
		return new IndexReconciliation(this.entityManagerFactory).run();
	}

	private long notesIndexed() throws IOException {
		try (IndexReader reader = Search.mapping(this.entityManagerFactory)
			.scope(Note.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			return reader.numDocs();
		}
	}

	private SearchResults search(String text) {
		return this.search.search(SearchRequest.of(text));
	}

	@TestConfiguration
	@EnableConfigurationProperties(TalknotesProperties.class)
	static class Settings {

	}

}
