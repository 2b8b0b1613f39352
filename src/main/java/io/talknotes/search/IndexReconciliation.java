package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.talknotes.note.Note;
import io.talknotes.system.IndexedRow;
import io.talknotes.talk.Talk;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Brings the index in line with the database after an unclean stop. A write reaches the
 * database first and the index after, so a run killed in between leaves documents
 * missing, out of date or, when the database lost what it had confirmed, left over. Each
 * document holds the {@link IndexedRow} it was built from; the rows of the index are read
 * from doc values and compared with the same rows computed by the database, and only the
 * documents that differ are indexed again or removed. No text is read or analysed unless
 * it changed.
 */
final class IndexReconciliation {

	/** Ids per mass indexing run: the database's limit on query parameters is far off. */
	private static final int BATCH = 1000;

	private final EntityManagerFactory entityManagerFactory;

	private final SearchMapping mapping;

	IndexReconciliation(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		this.mapping = Search.mapping(entityManagerFactory);
	}

	/** Reindexes what differs and removes what the database does not hold. */
	Result run() {
		Difference notes;
		Difference talks;
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			entityManager.getTransaction().begin();
			Map<Long, String> noteRows = new HashMap<>();
			Map<Long, String> talkRows = databaseRows(entityManager, noteRows);
			entityManager.getTransaction().rollback();
			notes = compare(indexedRows(Note.class), noteRows);
			talks = compare(indexedRows(Talk.class), talkRows);
			// The mass indexer only adds documents: those out of date go first.
			remove(entityManager, Note.class, notes.changed(), notes.leftOver());
			remove(entityManager, Talk.class, talks.changed(), talks.leftOver());
		}
		finally {
			entityManager.close();
		}
		reindex(Note.class, notes.changed());
		reindex(Talk.class, talks.changed());
		this.mapping.scope(Object.class).workspace().flush();
		return new Result(notes.changed().size(), talks.changed().size(), notes.leftOver().size(),
				talks.leftOver().size());
	}

	/**
	 * The rows the database holds, as {@code Note#getIndexedRow()} and
	 * {@code Talk#getIndexedRow()} compute them: each note out of the trash with its
	 * version, and each talk with the count, id sum and version sum of those notes and of
	 * its figures. The notes are read once, for both.
	 * @param noteRows receives the row of each note
	 * @return the row of each talk
	 */
	private static Map<Long, String> databaseRows(EntityManager entityManager, Map<Long, String> noteRows) {
		Map<Long, long[]> talks = new HashMap<>();
		entityManager.createQuery("select t.id from Talk t", Long.class)
			.getResultList()
			.forEach((id) -> talks.put(id, new long[6]));
		entityManager
			.createQuery("select n.id, n.version, n.talk.id from Note n where n.deletedAt is null", Object[].class)
			.setHint("org.hibernate.fetchSize", 1000)
			.getResultStream()
			.forEach((row) -> {
				long id = (Long) row[0];
				long version = (Long) row[1];
				noteRows.put(id, IndexedRow.of(id, version));
				long[] talk = talks.get((Long) row[2]);
				talk[0]++;
				talk[1] += id;
				talk[2] += version;
			});
		entityManager
			.createQuery("select m.talk.id, count(m), sum(m.id), sum(m.version) from Figure m group by m.talk.id",
					Object[].class)
			.getResultList()
			.forEach((row) -> {
				long[] talk = talks.get((Long) row[0]);
				talk[3] = (Long) row[1];
				talk[4] = (Long) row[2];
				talk[5] = (Long) row[3];
			});
		Map<Long, String> talkRows = new HashMap<>();
		talks.forEach((id, numbers) -> talkRows.put(id, IndexedRow.of(id, numbers)));
		return talkRows;
	}

	private static Difference compare(Map<Long, String> indexed, Map<Long, String> held) {
		List<Long> changed = new ArrayList<>();
		held.forEach((id, row) -> {
			if (!row.equals(indexed.remove(id))) {
				changed.add(id);
			}
		});
		return new Difference(changed, new ArrayList<>(indexed.keySet()));
	}

	/** The row of every live document of the type's index, by entity id. */
	private Map<Long, String> indexedRows(Class<?> type) {
		Map<Long, String> rows = new HashMap<>();
		try (IndexReader reader = this.mapping.scope(type).extension(LuceneExtension.get()).openIndexReader()) {
			for (LeafReaderContext segment : reader.leaves()) {
				SortedSetDocValues values = DocValues.getSortedSet(segment.reader(), IndexedRow.FIELD);
				Bits live = segment.reader().getLiveDocs();
				for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
					if (live == null || live.get(doc)) {
						String row = values.lookupOrd(values.nextOrd()).utf8ToString();
						rows.put(IndexedRow.idOf(row), row);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	@SafeVarargs
	private static void remove(EntityManager entityManager, Class<?> type, List<Long>... ids) {
		SearchSession session = Search.session(entityManager);
		for (List<Long> some : ids) {
			some.forEach((id) -> session.indexingPlan().purge(type, id, null));
		}
		session.indexingPlan().execute();
	}

	/**
	 * Indexes the rows again with the mass indexer, which, unlike an indexing plan, does
	 * not also reindex every document that embeds them (all notes of a talk).
	 */
	private void reindex(Class<?> type, List<Long> ids) {
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			MassIndexer indexer = this.mapping.scope(type)
				.massIndexer()
				.purgeAllOnStart(false)
				.dropAndCreateSchemaOnStart(false)
				.mergeSegmentsOnFinish(false)
				.threadsToLoadObjects(1);
			indexer.type(type).reindexOnly("e.id in (:ids)").param("ids", batch);
			try {
				indexer.startAndWait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Reconciling the search index was interrupted", ex);
			}
		}
	}

	/** What differs between the index and the database, by entity id. */
	private record Difference(List<Long> changed, List<Long> leftOver) {
	}

	/**
	 * What was reconciled.
	 *
	 * @param notesReindexed notes missing from the index or out of date there
	 * @param talksReindexed talks missing from the index or out of date there
	 * @param notesRemoved note documents whose notes the database does not hold
	 * @param talksRemoved talk documents whose talks the database does not hold
	 */
	record Result(int notesReindexed, int talksReindexed, int notesRemoved, int talksRemoved) {
	}

}
