package io.talknotes.search;

import io.talknotes.system.TextAnalysis;
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
 * the same analyzers for Elasticsearch and OpenSearch: change both.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

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

}
