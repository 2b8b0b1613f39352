package io.talknotes.system;

/**
 * The names of the analyzers that cut text into searchable words. Entities name them in
 * their search mapping; the {@code search} feature defines what each does.
 */
public final class TextAnalysis {

	/** Analyzer for indexing prose. */
	public static final String ENGLISH = "english";

	/** Analyzer for queries against {@link #ENGLISH} fields. */
	public static final String ENGLISH_QUERY = "english_query";

	private TextAnalysis() {
	}

}
