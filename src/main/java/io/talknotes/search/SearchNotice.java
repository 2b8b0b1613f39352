package io.talknotes.search;

/**
 * What the search changed in what was typed, or could not do, told to the person who
 * searched: a message and its one argument, if any.
 *
 * @param key the message, under {@code search.notice.}
 * @param argument its argument, or {@code null}
 */
public record SearchNotice(String key, Object argument) {

	/** The search was cut to its first {@link SearchQuery#MAX_LENGTH} characters. */
	static final SearchNotice SHORTENED = new SearchNotice("search.notice.shortened", SearchQuery.MAX_LENGTH);

	/** An unpaired quote was left out. */
	static final SearchNotice UNCLOSED_QUOTE = new SearchNotice("search.notice.unclosedQuote", null);

	/** The search holds more words than the engine takes at once. */
	static final SearchNotice TOO_MANY_WORDS = new SearchNotice("search.notice.tooManyWords", null);

}
