package io.talknotes.search;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.talknotes.system.TextAnalysis;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words search finds a text by: the index analyzer as the application configures it.
 */
@DataJpaTest
class SearchAnalysisTests {

	private final Analyzer english;

	private final Analyzer englishQuery;

	SearchAnalysisTests(@Autowired EntityManagerFactory entityManagerFactory) {
		LuceneBackend backend = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class);
		this.english = backend.analyzer(TextAnalysis.ENGLISH).orElseThrow();
		this.englishQuery = backend.analyzer(TextAnalysis.ENGLISH_QUERY).orElseThrow();
	}

	@Test
	void findsJoinedWordsWholeAndByTheirParts() throws IOException {
		assertThat(words("silo’d teams")).containsExactly("silo'd", "silo", "d", "team");
		assertThat(words("silo`d")).containsExactly("silo'd", "silo", "d");
		assertThat(words("Helm v1.16")).containsExactly("helm", "v1.16", "v1", "16");
		assertThat(words("jobs.cncf.io")).containsExactly("jobs.cncf.io", "job", "cncf", "io");
		assertThat(words("Airbnb’s clusters")).containsExactly("airbnb", "airbnb", "cluster");
	}

	@Test
	void stemsFoldsAndKeepsJargonAsTyped() throws IOException {
		assertThat(words("Scaling Zürich K8s")).containsExactly("scale", "zurich", "k8s");
	}

	@Test
	void cutsEveryTextAsLucenesWordDelimiterDoes() throws IOException {
		Analyzer reference = new LucenesWordDelimiter();
		for (String text : texts()) {
			assertThat(tokens(this.english, text)).as(text).isEqualTo(tokens(reference, text));
		}
	}

	@Test
	void marksMatchesWithTheIndexersWordsOutsideTheBackend() throws IOException {
		// What the search through the query language marks matches with, on any backend.
		Analyzer english = SearchAnalysis.english();
		Analyzer englishQuery = SearchAnalysis.englishQuery();
		for (String text : texts()) {
			assertThat(tokens(english, text)).as(text).isEqualTo(tokens(this.english, text));
			assertThat(tokens(englishQuery, text)).as(text).isEqualTo(tokens(this.englishQuery, text));
		}
		assertThat(words(englishQuery, "silo’d Helm v1.16")).containsExactly(word("silo'd", 0, 0, 6),
				word("helm", 1, 7, 11), word("v1.16", 2, 12, 17));
	}

	@Test
	void marksMatchesWithTheIndexersWordsWhereverItStems() throws IOException {
		Analyzer always = SearchAnalysis.englishStemmingOnly((word) -> true);
		Analyzer never = SearchAnalysis.englishStemmingOnly((word) -> false);
		FirstLetters letters = FirstLetters.of(new BytesRef[] { new BytesRef("cluster"), new BytesRef("dutch") });
		Analyzer some = SearchAnalysis.englishStemmingOnly(letters);
		List<String> texts = new ArrayList<>(texts());
		texts.add("Holland’s clusters scaled; the Dutch teams ran 35M QPS on K8s v1.16, silo’d, at jobs.cncf.io");
		for (String text : texts) {
			assertThat(tokens(always, text)).as(text).isEqualTo(tokens(this.english, text));
			List<String> stemmed = tokens(this.english, text).lines().toList();
			List<String> unstemmed = tokens(never, text).lines().toList();
			List<String> marked = tokens(some, text).lines().toList();
			assertThat(marked).as(text).hasSameSizeAs(stemmed);
			for (int i = 0; i < marked.size(); i++) {
				boolean letThrough = letters.test(unstemmed.get(i));
				assertThat(marked.get(i)).as(text).isEqualTo(letThrough ? stemmed.get(i) : unstemmed.get(i));
			}
		}
		assertThat(tokens(some, "Holland clusters Clusters classes"))
			.startsWith("dutch +1 0-7\ncluster +1 8-16\ncluster +1 17-25\nclass +1 26-33\n");
		assertThat(tokens(some, "tillers nodes")).startsWith("tillers +1 0-7\nnodes +1 8-13\n");
	}

	/** Texts of the marks that cut words, at random, and a few of their usual uses. */
	static List<String> texts() {
		Random random = new Random(2019);
		String alphabet = "abcXYZ019.'’‘`´_-,:;/+*é\u0301ǅ²Ⅻ \t\n";
		List<String> texts = new ArrayList<>(List.of("O'Reilly's books", "it's `kubectl`'s job", "x.y.z's",
				"3.5 billion snaps/day", "1,000 nodes at 99.99% uptime", "don´t", "a_b c__d", "rock-n-roll"));
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int length = 1 + random.nextInt(30); text.length() < length;) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			texts.add(text.toString());
		}
		return texts;
	}

	private List<String> words(String text) throws IOException {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = this.english.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		return words;
	}

	/**
	 * Each word an analyzer makes of a text, with its position and offsets, as
	 * {@link #word} writes them.
	 */
	static List<String> words(Analyzer analyzer, String text) throws IOException {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				words.add(word(term.toString(), position, offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		return words;
	}

	/** A word with its position and offsets. */
	static String word(String word, int position, int start, int end) {
		return word + " @" + position + " " + start + "-" + end;
	}

	/** Each word with its position and offsets, as the index records them. */
	private static String tokens(Analyzer analyzer, String text) throws IOException {
		StringBuilder tokens = new StringBuilder();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.append(term)
					.append(" +")
					.append(increment.getPositionIncrement())
					.append(' ')
					.append(offset.startOffset())
					.append('-')
					.append(offset.endOffset())
					.append('\n');
			}
			stream.end();
			tokens.append("end +").append(increment.getPositionIncrement()).append(' ').append(offset.endOffset());
		}
		return tokens.toString();
	}

	/**
	 * The same analysis built from Lucene's own filters only: apostrophes mapped, then
	 * the word delimiter and graph flattening applied to every word.
	 */
	private static final class LucenesWordDelimiter extends Analyzer {

		private final NormalizeCharMap apostrophes;

		LucenesWordDelimiter() {
			NormalizeCharMap.Builder apostrophes = new NormalizeCharMap.Builder();
			for (String apostrophe : List.of("\u2019", "\u2018", "`", "\u00B4")) {
				apostrophes.add(apostrophe, "'");
			}
			this.apostrophes = apostrophes.build();
		}

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return new MappingCharFilter(this.apostrophes, reader);
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer tokenizer = new StandardTokenizer();
			int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
					| WordDelimiterGraphFilter.PRESERVE_ORIGINAL | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
			TokenStream words = new FlattenGraphFilter(new WordDelimiterGraphFilter(tokenizer, true,
					WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, flags, null));
			words = new KStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(words))));
			return new TokenStreamComponents(tokenizer, words);
		}

	}

}
