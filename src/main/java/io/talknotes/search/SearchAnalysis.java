package io.talknotes.search;

import java.io.Reader;
import java.util.HashMap;
import java.util.function.Predicate;

import io.talknotes.system.TextAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How text is cut into searchable words. Notes are English prose full of jargon, so words
 * are stemmed and folded ("Scaling" finds "scale", "Zürich" finds "zurich"), possessives
 * dropped ("Airbnb’s" finds "airbnb"), and words joined by apostrophes, dots or hyphens
 * are indexed whole and by their parts ("silo’d", "jobs.cncf.io"), while product names
 * and versions such as "K8s" or "v1.16" stay findable as typed.
 *
 * <p>
 * The index is rebuilt by itself when these definitions, or the code of the filters
 * written here, change ({@link IndexFingerprint}). {@link ElasticsearchAnalysis} defines
 * the same analyzers for Elasticsearch and OpenSearch, and {@link #chain} both chains
 * again for marking matches: change all three.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	private static final ApostropheFilterFactory APOSTROPHES = new ApostropheFilterFactory(new HashMap<>());

	private static final JoinedWordsFilterFactory JOINED_WORDS = new JoinedWordsFilterFactory(new HashMap<>());

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(TextAnalysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.charFilter(ApostropheFilterFactory.class)
			.tokenFilter(JoinedWordsFilterFactory.class)
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("kStem");
		context.analyzer(TextAnalysis.ENGLISH_QUERY)
			.custom()
			.tokenizer("standard")
			.charFilter(ApostropheFilterFactory.class)
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("kStem");
	}

	/**
	 * The chain of {@link TextAnalysis#ENGLISH}, as configured above, built outside any
	 * backend: the search through the query language marks matches with it on any
	 * backend, OpenSearch's included, so that a text is cut into the words it was indexed
	 * by.
	 */
	static Analyzer english() {
		return chain(true, null);
	}

	/** The chain of {@link TextAnalysis#ENGLISH_QUERY}, as {@link #english()}. */
	static Analyzer englishQuery() {
		return chain(false, null);
	}

	/**
	 * The chain of {@link TextAnalysis#ENGLISH}, as configured above, as an analyzer of
	 * its own that stems only the words a test lets through; the others come out as the
	 * filters before the stemmer leave them, lowercased and folded. Marking a query's
	 * words in a text uses it ({@link Highlighting}): only a word that may stem to one of
	 * them needs stemming, and stemming was a third of the time it took to analyse a text
	 * again.
	 * @param stemmed whether a word, lowercased and folded, is to be stemmed
	 * @return an analyzer whose words are those of {@link TextAnalysis#ENGLISH} wherever
	 * the test lets them be stemmed
	 */
	static Analyzer englishStemmingOnly(Predicate<CharSequence> stemmed) {
		return chain(true, stemmed);
	}

	/**
	 * @param joinedWords whether words joined by apostrophes, dots or hyphens are kept
	 * whole and cut into their parts (indexing), or left as the tokenizer cuts them
	 * (queries)
	 * @param stemmed whether a word is to be stemmed, or null to stem every word
	 */
	private static Analyzer chain(boolean joinedWords, Predicate<CharSequence> stemmed) {
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream words = joinedWords ? JOINED_WORDS.create(tokenizer) : tokenizer;
				words = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(words)));
				words = (stemmed != null) ? new StemmedWhere(words, stemmed) : new KStemFilter(words);
				return new TokenStreamComponents(tokenizer, words);
			}

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return APOSTROPHES.create(reader);
			}

		};
	}

	/** KStem, applied to the words a test lets through. */
	private static final class StemmedWhere extends ConditionalTokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final Predicate<CharSequence> stemmed;

		StemmedWhere(TokenStream input, Predicate<CharSequence> stemmed) {
			super(input, KStemFilter::new);
			this.stemmed = stemmed;
		}

		@Override
		protected boolean shouldFilter() {
			return this.stemmed.test(this.term);
		}

	}

}
