package io.talknotes.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.talknotes.note.Note;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Finds the best passages of the notes of the talks on a results page through the query
 * language of Hibernate Search: for each talk, its {@link Passages#PER_TALK} best-scored
 * notes that have any of the query's words, each marked whole by the engine and cut to
 * its best sentence, so that a page costs the same whether its talks have ten notes or a
 * thousand.
 * <p>
 * On Elasticsearch or OpenSearch, the notes of every talk on the page are found in one
 * request: the matching notes are grouped by talk, and each group keeps its best notes,
 * marked ({@code terms} with {@code top_hits}). Hibernate Search's own query language has
 * no such grouping, so the aggregation is written in the engine's JSON. On Lucene, where
 * a query costs no round trip, each talk's notes are one query.
 */
final class DslNotePassages {

	private static final AggregationKey<JsonObject> BY_TALK = AggregationKey.of("passagesByTalk");

	private DslNotePassages() {
	}

	/**
	 * The best passages per talk slug, the best first.
	 * @param session the search session
	 * @param onLucene whether the index is Lucene's
	 * @param talkSlugs the talks on the page
	 * @param text the query in the engine's syntax
	 * @param fuzzy whether {@code word~2} means a word within two edits
	 * @param typos whether the text has such words, to be marked by a highlighter that
	 * builds their automata once
	 * @param author only notes by this author, or null
	 */
	static Map<String, List<String>> of(SearchSession session, boolean onLucene, List<String> talkSlugs, String text,
			boolean fuzzy, boolean typos, String author) {
		if (text.isEmpty() || talkSlugs.isEmpty()) {
			return new LinkedHashMap<>();
		}
		return onLucene ? talkByTalk(session, talkSlugs, text, fuzzy, author)
				: inOneRequest(session, talkSlugs, text, fuzzy, typos, author);
	}

	private static Map<String, List<String>> talkByTalk(SearchSession session, List<String> talkSlugs, String text,
			boolean fuzzy, String author) {
		Map<String, List<String>> passages = new LinkedHashMap<>();
		for (String talk : talkSlugs) {
			List<List<String>> notes = session.search(Note.class)
				.select((f) -> f.highlight(PassageTextBinder.FIELD))
				.where((f) -> DslTalkQuery.notes(f, List.of(talk), text, fuzzy, author))
				.highlighter(Marking.PLAIN::dsl)
				.fetchHits(Passages.PER_TALK);
			passages.put(talk, shown(notes));
		}
		return passages;
	}

	private static Map<String, List<String>> inOneRequest(SearchSession session, List<String> talkSlugs, String text,
			boolean fuzzy, boolean typos, String author) {
		JsonObject byTalk = session.search(Note.class)
			.extension(ElasticsearchExtension.get())
			.where((f) -> DslTalkQuery.notes(f, talkSlugs, text, fuzzy, author))
			.aggregation(BY_TALK, (f) -> f.fromJson(bestNotesByTalk(talkSlugs.size(), typos)))
			.fetch(0)
			.aggregation(BY_TALK);
		Map<String, List<String>> passages = new LinkedHashMap<>();
		for (JsonElement bucket : byTalk.getAsJsonArray("buckets")) {
			JsonObject talk = bucket.getAsJsonObject();
			List<List<String>> notes = StreamSupport
				.stream(talk.getAsJsonObject("best").getAsJsonObject("hits").getAsJsonArray("hits").spliterator(),
						false)
				.map((hit) -> marked(hit.getAsJsonObject()))
				.toList();
			passages.put(talk.get("key").getAsString(), shown(notes));
		}
		return passages;
	}

	/**
	 * The matching notes grouped by talk, each group with its best notes, marked whole as
	 * {@link Marking} marks them.
	 */
	private static JsonObject bestNotesByTalk(int talks, boolean typos) {
		JsonObject best = new JsonObject();
		best.addProperty("size", Passages.PER_TALK);
		best.addProperty("_source", false);
		best.add("highlight", Marking.of(typos).json(PassageTextBinder.FIELD));
		JsonObject topHits = new JsonObject();
		topHits.add("top_hits", best);

		JsonObject terms = new JsonObject();
		terms.addProperty("field", IndexFields.NOTE_TALK);
		terms.addProperty("size", talks);
		JsonObject aggregations = new JsonObject();
		aggregations.add("best", topHits);
		JsonObject byTalk = new JsonObject();
		byTalk.add("terms", terms);
		byTalk.add("aggs", aggregations);
		return byTalk;
	}

	/** The marked values of a note's text in one hit of {@code top_hits}. */
	private static List<String> marked(JsonObject hit) {
		JsonObject highlight = hit.getAsJsonObject("highlight");
		if (highlight == null || !highlight.has(PassageTextBinder.FIELD)) {
			return List.of();
		}
		return StreamSupport.stream(highlight.getAsJsonArray(PassageTextBinder.FIELD).spliterator(), false)
			.map(JsonElement::getAsString)
			.toList();
	}

	/** The passages shown of a talk's best notes: the best sentence of each. */
	private static List<String> shown(List<List<String>> notes) {
		return notes.stream()
			.map((marked) -> Passages.bestSentences(marked, 1))
			.flatMap(List::stream)
			.map(Passages::markedLines)
			.toList();
	}

}
