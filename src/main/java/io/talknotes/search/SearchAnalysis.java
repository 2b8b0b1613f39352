package io.talknotes.search;

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
 * Change {@link #VERSION} whenever the words an analyzer produces change: the index is
 * rebuilt when it no longer matches.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	/** Analyzer for indexing prose. */
	public static final String ENGLISH = "english";

	/** Analyzer for queries against {@link #ENGLISH} fields. */
	public static final String ENGLISH_QUERY = "english_query";

	static final String VERSION = "2";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.charFilter(ApostropheFilterFactory.class)
			.tokenFilter(JoinedWordsFilterFactory.class)
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("kStem");
		context.analyzer(ENGLISH_QUERY)
			.custom()
			.tokenizer("standard")
			.charFilter(ApostropheFilterFactory.class)
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("kStem");
	}

}
