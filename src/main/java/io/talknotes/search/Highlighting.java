package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.TokenStreamOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Marks the words of a query in texts read from the index: each text is analysed again as
 * it was indexed, so stemmed words, parts of words, phrases and prefixes are marked just
 * where they matched, and nothing needs storing in the index but the text. The rest of
 * the text is HTML-escaped.
 * <p>
 * One is made for each search and used by one thread: what it works out from a query for
 * a field (the matchers of its words) is worked out once and used for every text of that
 * field the search shows. A query of plain words may be marked with an analyzer that only
 * stems the words that may become one of them, or where the index says they are, for a
 * field indexed with its words' offsets.
 */
final class Highlighting {

	private final Highlighter whole;

	private final Highlighter sentences;

	private final Highlighter indexedSentences;

	/**
	 * Highlighting for texts indexed with an analyzer.
	 * @param analyzer the analyzer the texts were indexed with
	 */
	Highlighting(Analyzer analyzer) {
		this(analyzer, (stemmed) -> analyzer);
	}

	/**
	 * Highlighting for texts indexed with an analyzer, marking plain words with one that
	 * stems only where the words' first letters may lead ({@link FirstLetters}).
	 * @param analyzer the analyzer the texts were indexed with
	 * @param stemmingOnly the same analyzer, stemming only the words a test lets through
	 */
	Highlighting(Analyzer analyzer, Function<Predicate<CharSequence>, Analyzer> stemmingOnly) {
		Map<FirstLetters, Analyzer> made = new HashMap<>();
		Function<BytesRef[], Analyzer> forWords = (words) -> made.computeIfAbsent(FirstLetters.of(words),
				stemmingOnly::apply);
		Supplier<BreakIterator> sentences = () -> new SentenceBreaks(BreakIterator.getSentenceInstance(Locale.ROOT));
		this.whole = highlighter(analyzer, forWords, WholeBreakIterator::new, false);
		this.sentences = highlighter(analyzer, forWords, sentences, false);
		this.indexedSentences = highlighter(analyzer, forWords, sentences, true);
	}

	private static Highlighter highlighter(Analyzer analyzer, Function<BytesRef[], Analyzer> forWords,
			Supplier<BreakIterator> passages, boolean indexed) {
		return new Highlighter(forWords, indexed,
				UnifiedHighlighter.builderWithoutSearcher(analyzer)
					.withBreakIterator(passages)
					.withFormatter(new MarkedPassages())
					.withScorer(new PassageScores())
					.withPassageSortComparator(Comparator.comparingDouble(Passage::getScore).reversed())
					.withMaxLength(Integer.MAX_VALUE - 1)
					.withMaxNoHighlightPassages(0)
					// Plain words and prefixes are then found in the analysed text
					// alone; an in-memory index of the text is only built for phrases.
					.withWeightMatches(false)
					.withPassageRelevancyOverSpeed(false));
	}

	/** The values that match, each whole with its matches marked. */
	List<String> whole(String field, Query query, List<String> values) {
		List<String> marked = new ArrayList<>();
		for (String value : values) {
			marked.addAll(highlight(this.whole, field, query, null, -1, value, 1));
		}
		return marked;
	}

	/**
	 * The sentences of a text that match best, the best first, with their matches marked;
	 * empty when none matches. A line counts as a sentence.
	 */
	List<String> bestSentences(String field, Query query, String text, int count) {
		return highlight(this.sentences, field, query, null, -1, text, count);
	}

	/**
	 * As {@link #bestSentences(String, Query, String, int)}, for a text whose field is
	 * indexed with the offsets of its words: the words of the query are found where the
	 * index says they are, and only a query that needs more than the words it names (a
	 * prefix, a typo) analyses the text again.
	 * @param segment the segment of the index holding the text's document
	 * @param doc the document, in that segment
	 */
	List<String> bestSentences(LeafReader segment, int doc, String field, Query query, String text, int count) {
		return highlight(this.indexedSentences, field, query, segment, doc, text, count);
	}

	@SuppressWarnings("unchecked")
	private static List<String> highlight(Highlighter highlighter, String field, Query query, LeafReader segment,
			int doc, String text, int passages) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		try {
			// As UnifiedHighlighter.highlightWithoutSearcher does, with the field's
			// highlighter kept.
			Object marked = highlighter.of(field, query, passages).highlightFieldForDoc(segment, doc, text);
			return (marked != null) ? (List<String>) marked : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A highlighter without a searcher that keeps the highlighter of each field, query
	 * and number of passages. Lucene's makes one for every text: for a query of many
	 * words (a prefix's or a typo's, spelled out) that is an automaton per word per text.
	 */
	private static final class Highlighter extends UnifiedHighlighter {

		private final Map<Fielded, FieldHighlighter> kept = new HashMap<>();

		private final Function<BytesRef[], Analyzer> forWords;

		private final boolean indexed;

		Highlighter(Function<BytesRef[], Analyzer> forWords, boolean indexed, UnifiedHighlighter.Builder builder) {
			super(builder);
			this.forWords = forWords;
			this.indexed = indexed;
		}

		FieldHighlighter of(String field, Query query, int passages) {
			return this.kept.computeIfAbsent(new Fielded(field, query, passages),
					(key) -> getFieldHighlighter(field, query, extractTerms(query), passages));
		}

		/**
		 * A text of an indexed field has its words' offsets in the index; Lucene falls
		 * back to analysis for a query that names no words (prefixes, typos).
		 */
		@Override
		protected OffsetSource getOffsetSource(String field) {
			return this.indexed ? OffsetSource.POSTINGS : OffsetSource.ANALYSIS;
		}

		/**
		 * Words matched by analysing the text (no phrase, prefix or typo) are found with
		 * an analyzer that only stems the words that may become one of them. Words found
		 * in the index are weighed as words found by analysis are, so that the sentence
		 * chosen is the same either way.
		 */
		@Override
		protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
			if (source == OffsetSource.POSTINGS) {
				return new PostingsWithoutCounts(components);
			}
			FieldOffsetStrategy strategy = super.getOffsetStrategy(source, components);
			if (strategy instanceof TokenStreamOffsetStrategy && components.getAutomata().length == 0) {
				return new TokenStreamOffsetStrategy(components, this.forWords.apply(components.getTerms()));
			}
			return strategy;
		}

		private record Fielded(String field, Query query, int passages) {
		}

	}

	/**
	 * Offsets read from the index, with each word's count in the text left unknown, as
	 * analysis leaves it: the count weighs a word when passages are scored.
	 * <p>
	 * One is made for each search, which marks its texts in the order of the index: each
	 * word is looked up once per segment, and its postings move forward from text to
	 * text, as a search's do. A text asked for out of that order looks the word up again.
	 */
	private static final class PostingsWithoutCounts extends PostingsOffsetStrategy {

		/** The segment the postings kept are of. */
		private LeafReader segment;

		private TermsEnum words;

		/** Each word's postings in that segment; null for a word the segment lacks. */
		private final Map<BytesRef, Postings> postings = new HashMap<>();

		PostingsWithoutCounts(UHComponents components) {
			super(components);
		}

		@Override
		public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
			if (reader != this.segment) {
				this.segment = reader;
				this.words = null;
				this.postings.clear();
			}
			OffsetsEnum found = super.getOffsetsEnum(reader, doc, content);
			return new OffsetsEnum() {

				@Override
				public boolean nextPosition() throws IOException {
					return found.nextPosition();
				}

				@Override
				public int freq() {
					return Integer.MAX_VALUE;
				}

				@Override
				public BytesRef getTerm() throws IOException {
					return found.getTerm();
				}

				@Override
				public int startOffset() throws IOException {
					return found.startOffset();
				}

				@Override
				public int endOffset() throws IOException {
					return found.endOffset();
				}

				@Override
				public void close() throws IOException {
					found.close();
				}

			};
		}

		/** As Lucene's, with each word's postings kept for the texts after. */
		@Override
		protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc,
				List<OffsetsEnum> results) throws IOException {
			if (this.words == null) {
				this.words = termsIndex.iterator();
			}
			for (BytesRef term : sourceTerms) {
				PostingsEnum inDoc = positioned(term, doc);
				if (inDoc != null) {
					results.add(new OffsetsEnum.OfPostings(term, inDoc));
				}
			}
		}

		/** The word's postings at the text, or null if the text lacks the word. */
		private PostingsEnum positioned(BytesRef word, int doc) throws IOException {
			if (!this.postings.containsKey(word)) {
				PostingsEnum first = postings(word);
				this.postings.put(word, (first != null) ? new Postings(first) : null);
			}
			Postings kept = this.postings.get(word);
			return (kept != null) ? kept.at(doc, () -> postings(word)) : null;
		}

		/**
		 * The word's postings before the segment's first text, or null if no text of the
		 * segment has the word.
		 */
		private PostingsEnum postings(BytesRef word) throws IOException {
			if (!this.words.seekExact(word)) {
				return null;
			}
			PostingsEnum postings = this.words.postings(null, PostingsEnum.OFFSETS);
			if (postings == null) {
				throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets");
			}
			return postings;
		}

	}

	/** A word's postings in a segment, and the text whose positions they last gave. */
	private static final class Postings {

		private PostingsEnum postings;

		private int given = -1;

		Postings(PostingsEnum postings) {
			this.postings = postings;
		}

		/**
		 * The postings at the text, moved forward, or afresh for a text they have passed
		 * or given already; null if the text lacks the word.
		 */
		PostingsEnum at(int doc, Fresh fresh) throws IOException {
			if (this.postings.docID() > doc || this.given == doc) {
				this.postings = fresh.postings();
			}
			int at = (this.postings.docID() < doc) ? this.postings.advance(doc) : this.postings.docID();
			if (at != doc) {
				return null;
			}
			this.given = doc;
			return this.postings;
		}

		/** Postings made afresh, before the first text. */
		interface Fresh {

			PostingsEnum postings() throws IOException;

		}

	}

}
