package io.talknotes.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFragmenter;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterOptionsStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;

/**
 * How {@link DslTalkSearch} marks a query's matches: in {@code <mark>}, in the whole of
 * each value that has any, in the order of the values, HTML-escaped around them. The
 * settings are written once here, in two forms: in Hibernate Search's query language
 * ({@link #dsl}), which the talk query uses on either backend, and in the engine's own
 * JSON ({@link #json}), which the note passages use where they are found in one request
 * ({@link DslNotePassages}, on Elasticsearch and OpenSearch).
 *
 * <p>
 * Asking for no fragments at all would mean whole values on Elasticsearch but nothing on
 * Lucene; one fragment longer than any text is a whole value on both.
 */
enum Marking {

	/** The plain highlighter, for queries whose words are matched as they are written. */
	PLAIN("plain"),

	/**
	 * The unified highlighter, for a query with typo-tolerant words
	 * ({@code kuberentes~2}) on Elasticsearch or OpenSearch: it builds each such word's
	 * automaton once per query, where the plain one builds it again for every hit and
	 * field (most of the time of a search that needed its typos forgiven). Hibernate
	 * Search's unified highlighter on Lucene cannot be given a fragment size; there the
	 * words are spelled out instead ({@link TypoExpansion}).
	 */
	UNIFIED("unified");

	/** Longer than any note (20,000 characters), abstract or figure. */
	static final int LONGER_THAN_ANY_TEXT = 100_000;

	/** More than the figures of any talk: each value marked is one fragment. */
	static final int MAX_VALUES = 1_000;

	private static final String START = "<mark>";

	private static final String END = "</mark>";

	/** The highlighter's name in the engine's JSON. */
	private final String type;

	Marking(String type) {
		this.type = type;
	}

	/** How the matches of a query with typo-tolerant words, or without, are marked. */
	static Marking of(boolean typos) {
		return typos ? UNIFIED : PLAIN;
	}

	/** The highlighter in Hibernate Search's query language. */
	HighlighterFinalStep dsl(SearchHighlighterFactory f) {
		return switch (this) {
			case PLAIN -> whole(f.plain().fragmenter(HighlighterFragmenter.SIMPLE));
			case UNIFIED -> whole(f.unified());
		};
	}

	private static <T extends HighlighterOptionsStep<T>> HighlighterFinalStep whole(T highlighter) {
		return highlighter.fragmentSize(LONGER_THAN_ANY_TEXT)
			.numberOfFragments(MAX_VALUES)
			.orderByScore(false)
			.tag(START, END)
			.encoder(HighlighterEncoder.HTML);
	}

	/**
	 * The same highlighter in the engine's JSON, the {@code highlight} of a request.
	 * @param field the field whose values are marked
	 */
	JsonObject json(String field) {
		JsonObject highlight = new JsonObject();
		highlight.addProperty("type", this.type);
		if (this == PLAIN) {
			highlight.addProperty("fragmenter", "simple");
		}
		highlight.addProperty("fragment_size", LONGER_THAN_ANY_TEXT);
		highlight.addProperty("number_of_fragments", MAX_VALUES);
		highlight.add("pre_tags", strings(START));
		highlight.add("post_tags", strings(END));
		highlight.addProperty("encoder", "html");
		JsonObject fields = new JsonObject();
		fields.add(field, new JsonObject());
		highlight.add("fields", fields);
		return highlight;
	}

	private static JsonArray strings(String value) {
		JsonArray array = new JsonArray();
		array.add(value);
		return array;
	}

}
