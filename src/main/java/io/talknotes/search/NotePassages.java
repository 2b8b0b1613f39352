package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.talknotes.note.Note;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Finds the best passages of the notes of the talks on a results page. Each note is a
 * small document of its own: the notes of those talks that have any of the query's words
 * in the words they show ({@link PassageTextBinder}) are scored, the best few of each
 * talk picked, and only those highlighted, so that a page costs the same whether its
 * talks have ten notes or a thousand.
 */
final class NotePassages {

	private static final int PER_TALK = Passages.PER_TALK;

	private static final String TALK = IndexFields.NOTE_TALK;

	private static final String AUTHOR = IndexFields.NOTE_AUTHOR;

	private static final String TEXT = PassageTextBinder.FIELD;

	private NotePassages() {
	}

	/**
	 * The best passages per talk slug, the best first. A note matches when it has any of
	 * the query's words, so that a talk found by words spread over several notes still
	 * shows where each is.
	 * @param session the search session
	 * @param analyzer the analyzer of queries
	 * @param highlighting marks the query's words in the notes shown
	 * @param talkSlugs the talks on the page
	 * @param text the query in the engine's syntax
	 * @param flags the query syntax understood ({@link SimpleQueryParser} operators)
	 * @param author only notes by this author, or null
	 */
	static Map<String, List<String>> of(SearchSession session, Analyzer analyzer, Highlighting highlighting,
			Collection<String> talkSlugs, String text, int flags, String author) {
		if (talkSlugs.isEmpty() || text.isEmpty()) {
			return Map.of();
		}
		Query words = words(analyzer, text, flags);
		if (words == null) {
			return Map.of();
		}
		BooleanQuery.Builder notes = new BooleanQuery.Builder().add(words, Occur.MUST)
			.add(new TermInSetQuery(TALK, talkSlugs.stream().map(BytesRef::new).toList()), Occur.FILTER);
		if (author != null) {
			notes.add(new TermQuery(new Term(AUTHOR, author)), Occur.FILTER);
		}
		Query query = notes.build();
		try (IndexReader reader = session.scope(Note.class).extension(LuceneExtension.get()).openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			searcher.setQueryCache(null);
			Map<String, List<ScoredNote>> best = searcher.search(query, BestPerTalk.manager());
			return highlight(searcher, highlighting, words, best);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, List<String>> highlight(IndexSearcher searcher, Highlighting highlighting, Query words,
			Map<String, List<ScoredNote>> best) throws IOException {
		List<LeafReaderContext> segments = searcher.getIndexReader().leaves();
		// Marked in the order of the index, so that each word's postings move forward
		// only.
		int[] notes = best.values().stream().flatMap(List::stream).mapToInt(ScoredNote::doc).sorted().toArray();
		Map<Integer, List<String>> shown = new HashMap<>();
		for (int note : notes) {
			LeafReaderContext segment = segments.get(ReaderUtil.subIndex(note, segments));
			int doc = note - segment.docBase;
			shown.put(note, shown(highlighting, segment.reader(), doc, words, text(segment, doc)));
		}
		Map<String, List<String>> passages = new LinkedHashMap<>();
		best.forEach((slug, ofTalk) -> passages.put(slug,
				ofTalk.stream().flatMap((note) -> shown.get(note.doc()).stream()).toList()));
		return passages;
	}

	/**
	 * The query's words, to find and mark in notes: any of them makes a note match.
	 * @param analyzer the analyzer of queries
	 * @param text the query in the engine's syntax
	 * @param flags the query syntax understood ({@link SimpleQueryParser} operators)
	 * @return the words, or null when none is left once analysed
	 */
	static Query words(Analyzer analyzer, String text, int flags) {
		return new SimpleQueryParser(analyzer, Map.of(TEXT, 1f), flags).parse(text);
	}

	/**
	 * What a results page shows of a note: its best sentence, the query's words marked,
	 * cut to the lines that have them; empty when none has.
	 * @param highlighting marks the query's words
	 * @param words the query's words, as {@link #words} gives them
	 * @param text the words the note shows ({@link PlainText})
	 */
	static List<String> shown(Highlighting highlighting, Query words, String text) {
		return highlighting.bestSentences(TEXT, words, text, 1).stream().map(Passages::markedLines).toList();
	}

	/**
	 * As {@link #shown(Highlighting, Query, String)}, the query's words found where the
	 * index says they are in the note.
	 * @param segment the segment holding the note
	 * @param doc the note's document in that segment
	 * @param words the query's words, as {@link #words} gives them
	 */
	private static List<String> shown(Highlighting highlighting, LeafReader segment, int doc, Query words,
			String text) {
		return highlighting.bestSentences(segment, doc, TEXT, words, text, 1)
			.stream()
			.map(Passages::markedLines)
			.toList();
	}

	/** The words a note shows, read from its doc values. */
	private static String text(LeafReaderContext segment, int doc) throws IOException {
		BinaryDocValues texts = DocValues.getBinary(segment.reader(), TEXT);
		return texts.advanceExact(doc) ? texts.binaryValue().utf8ToString() : "";
	}

	/** A matching note: its document in the whole index, and its score. */
	private record ScoredNote(int doc, float score) {

		static final Comparator<ScoredNote> BEST_FIRST = Comparator.comparingDouble(ScoredNote::score)
			.reversed()
			.thenComparingInt(ScoredNote::doc);

	}

	/**
	 * Keeps the {@link #PER_TALK} best-scored notes of each talk. A page has few talks,
	 * so a talk is found by a look through a short array, and a note that would not make
	 * its talk's best is dropped without allocating anything.
	 */
	private static final class BestPerTalk extends SimpleCollector {

		private final List<TalkNotes> all = new ArrayList<>();

		private TalkNotes[] segmentTalks = new TalkNotes[0];

		private SortedSetDocValues talks;

		private int docBase;

		private Scorable scorer;

		static CollectorManager<BestPerTalk, Map<String, List<ScoredNote>>> manager() {
			return new CollectorManager<>() {

				@Override
				public BestPerTalk newCollector() {
					return new BestPerTalk();
				}

				@Override
				public Map<String, List<ScoredNote>> reduce(Collection<BestPerTalk> collectors) throws IOException {
					Map<String, List<ScoredNote>> best = new HashMap<>();
					for (BestPerTalk collector : collectors) {
						for (TalkNotes talk : collector.all) {
							best.computeIfAbsent(talk.slug(), (slug) -> new ArrayList<>()).addAll(talk.notes());
						}
					}
					best.replaceAll(
							(slug, notes) -> notes.stream().sorted(ScoredNote.BEST_FIRST).limit(PER_TALK).toList());
					return best;
				}

			};
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			this.talks = DocValues.getSortedSet(context.reader(), TALK);
			this.docBase = context.docBase;
			this.segmentTalks = new TalkNotes[0];
		}

		@Override
		public void setScorer(Scorable scorer) {
			this.scorer = scorer;
		}

		@Override
		public void collect(int doc) throws IOException {
			if (this.talks.advanceExact(doc)) {
				talk(this.talks.nextOrd()).offer(this.docBase + doc, this.scorer.score());
			}
		}

		private TalkNotes talk(long ord) {
			for (TalkNotes talk : this.segmentTalks) {
				if (talk.ord == ord) {
					return talk;
				}
			}
			TalkNotes talk = new TalkNotes(this.talks, ord);
			this.segmentTalks = Arrays.copyOf(this.segmentTalks, this.segmentTalks.length + 1);
			this.segmentTalks[this.segmentTalks.length - 1] = talk;
			this.all.add(talk);
			return talk;
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE;
		}

	}

	/** The best notes of one talk in one segment, best first. */
	private static final class TalkNotes {

		private final SortedSetDocValues talks;

		private final long ord;

		private final int[] docs = new int[PER_TALK];

		private final float[] scores = new float[PER_TALK];

		private int size;

		TalkNotes(SortedSetDocValues talks, long ord) {
			this.talks = talks;
			this.ord = ord;
		}

		/** Keeps a note if it is among the best; on equal scores, the first one seen. */
		void offer(int doc, float score) {
			if (this.size == PER_TALK && score <= this.scores[PER_TALK - 1]) {
				return;
			}
			int at = Math.min(this.size, PER_TALK - 1);
			while (at > 0 && this.scores[at - 1] < score) {
				this.docs[at] = this.docs[at - 1];
				this.scores[at] = this.scores[at - 1];
				at--;
			}
			this.docs[at] = doc;
			this.scores[at] = score;
			this.size = Math.min(this.size + 1, PER_TALK);
		}

		String slug() throws IOException {
			return this.talks.lookupOrd(this.ord).utf8ToString();
		}

		List<ScoredNote> notes() {
			List<ScoredNote> notes = new ArrayList<>(this.size);
			for (int i = 0; i < this.size; i++) {
				notes.add(new ScoredNote(this.docs[i], this.scores[i]));
			}
			return notes;
		}

	}

}
