package io.talknotes.search;

import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Indexes words joined by apostrophes, dots or other marks both whole and by their parts:
 * "silo'd" as "silo'd", "silo" and "d"; "v1.16" as "v1.16", "v1" and "16"; "Airbnb's" as
 * "Airbnb's" and "Airbnb". Words of letters and digits only, the great majority, pass
 * untouched without going through the word delimiter, which is what makes this cheaper
 * than applying Lucene's word delimiter and graph flattening to every word.
 */
public final class JoinedWordsFilterFactory extends TokenFilterFactory {

	private static final int FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
			| WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
			| WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

	public JoinedWordsFilterFactory(Map<String, String> parameters) {
		super(parameters);
		if (!parameters.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + parameters);
		}
	}

	@Override
	public TokenStream create(TokenStream input) {
		return new JoinedWordsFilter(input);
	}

	private static final class JoinedWordsFilter extends ConditionalTokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		JoinedWordsFilter(TokenStream input) {
			super(input, (word) -> new FlattenGraphFilter(new WordDelimiterGraphFilter(word, true,
					WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, FLAGS, null)));
		}

		@Override
		protected boolean shouldFilter() {
			char[] buffer = this.term.buffer();
			for (int i = 0; i < this.term.length(); i++) {
				if (!Character.isLetterOrDigit(buffer[i])) {
					return true;
				}
			}
			return false;
		}

	}

}
