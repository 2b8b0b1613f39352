package io.talknotes.search;

import io.talknotes.system.TextAnalysis;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * How text is cut into searchable words on Elasticsearch or OpenSearch: the same words as
 * {@link SearchAnalysis} on Lucene, from the engine's built-in components. Typographic
 * apostrophes are read as {@code '}; words joined by apostrophes, dots or other marks are
 * indexed whole and by their parts (a word delimiter that keeps the original word, and
 * splits neither on a change of case nor between letters and digits, so that "K8s" stays
 * whole); possessives are dropped, and words lowered, folded to ASCII and stemmed.
 *
 * <p>
 * Change both whenever the words an analyzer produces change; the index is rebuilt by
 * itself when a definition changes ({@link IndexFingerprint}).
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	private static final String APOSTROPHES = "talknotes_apostrophes";

	private static final String JOINED_WORDS = "talknotes_joined_words";

	private static final String POSSESSIVE = "talknotes_english_possessive";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter(APOSTROPHES)
			.type("mapping")
			.param("mappings", "\u2019=>'", "\u2018=>'", "`=>'", "\u00B4=>'");
		context.tokenFilter(JOINED_WORDS)
			.type("word_delimiter_graph")
			.param("generate_word_parts", true)
			.param("generate_number_parts", true)
			.param("preserve_original", true)
			.param("stem_english_possessive", true)
			.param("split_on_case_change", false)
			.param("split_on_numerics", false)
			.param("catenate_words", false)
			.param("catenate_numbers", false)
			.param("catenate_all", false);
		context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
		context.analyzer(TextAnalysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.charFilters(APOSTROPHES)
			// A word delimiter makes a graph of tokens, which an index cannot hold.
			.tokenFilters(JOINED_WORDS, "flatten_graph", POSSESSIVE, "lowercase", "asciifolding", "kstem");
		context.analyzer(TextAnalysis.ENGLISH_QUERY)
			.custom()
			.tokenizer("standard")
			.charFilters(APOSTROPHES)
			.tokenFilters(POSSESSIVE, "lowercase", "asciifolding", "kstem");
	}

}
