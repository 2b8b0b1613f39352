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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
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
 * stems the words that may become one of them.
 */
final class Highlighting {

	private final Highlighter whole;

	private final Highlighter sentences;

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
		this.whole = highlighter(analyzer, forWords, WholeBreakIterator::new);
		this.sentences = highlighter(analyzer, forWords, () -> BreakIterator.getSentenceInstance(Locale.ROOT));
	}

	private static Highlighter highlighter(Analyzer analyzer, Function<BytesRef[], Analyzer> forWords,
			Supplier<BreakIterator> passages) {
		return new Highlighter(forWords,
				UnifiedHighlighter.builderWithoutSearcher(analyzer)
					.withBreakIterator(passages)
					.withFormatter(new MarkedPassages())
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
			marked.addAll(highlight(this.whole, field, query, value, 1));
		}
		return marked;
	}

	/**
	 * The sentences of a text that match best, the best first, with their matches marked;
	 * empty when none matches. A line counts as a sentence.
	 */
	List<String> bestSentences(String field, Query query, String text, int count) {
		return highlight(this.sentences, field, query, text, count);
	}

	@SuppressWarnings("unchecked")
	private static List<String> highlight(Highlighter highlighter, String field, Query query, String text,
			int passages) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		try {
			// As UnifiedHighlighter.highlightWithoutSearcher does, with the field's
			// highlighter kept.
			Object marked = highlighter.of(field, query, passages).highlightFieldForDoc(null, -1, text);
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

		Highlighter(Function<BytesRef[], Analyzer> forWords, UnifiedHighlighter.Builder builder) {
			super(builder);
			this.forWords = forWords;
		}

		FieldHighlighter of(String field, Query query, int passages) {
			return this.kept.computeIfAbsent(new Fielded(field, query, passages),
					(key) -> getFieldHighlighter(field, query, extractTerms(query), passages));
		}

		/**
		 * Words matched by analysing the text (no phrase, prefix or typo) are found with
		 * an analyzer that only stems the words that may become one of them.
		 */
		@Override
		protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
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
	 * Writes each passage as HTML, the matching words in {@code <mark>}; overlapping
	 * matches are marked once.
	 */
	private static final class MarkedPassages extends PassageFormatter {

		private final SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();

		@Override
		public List<String> format(Passage[] passages, String content) {
			List<String> formatted = new ArrayList<>(passages.length);
			for (Passage passage : passages) {
				formatted.add(format(passage, content));
			}
			return formatted;
		}

		private String format(Passage passage, String content) {
			StringBuilder html = new StringBuilder();
			int position = passage.getStartOffset();
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int start = Math.max(passage.getMatchStarts()[i], position);
				int end = passage.getMatchEnds()[i];
				while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= end) {
					end = Math.max(end, passage.getMatchEnds()[++i]);
				}
				if (end <= start) {
					continue;
				}
				html.append(this.encoder.encodeText(content.substring(position, start)))
					.append("<mark>")
					.append(this.encoder.encodeText(content.substring(start, end)))
					.append("</mark>");
				position = end;
			}
			return html.append(this.encoder.encodeText(content.substring(position, passage.getEndOffset()))).toString();
		}

	}

}
