package io.talknotes.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.talknotes.note.Note;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Finds the best passages of the notes of the talks on a results page through the query
 * language of Hibernate Search: for each talk, its {@link Passages#PER_TALK} best-scored
 * notes that have any of the query's words, so that a page costs the same whether its
 * talks have ten notes or a thousand. The engine finds the notes and gives their text;
 * the application marks the query's words in it ({@link NotePassages#shown}), as the
 * direct Lucene search does: OpenSearch's highlighter analysed each note again into an
 * index of its own, and marking was most of the time of this request.
 * <p>
 * On Elasticsearch or OpenSearch, the notes of every talk on the page are found in one
 * request: the matching notes are grouped by talk, and each group keeps its best notes
 * ({@code terms} with {@code top_hits}). Hibernate Search's own query language has no
 * such grouping, so the aggregation is written in the engine's JSON. On Lucene, where a
 * query costs no round trip, each talk's notes are one query.
 */
final class DslNotePassages {

	private static final AggregationKey<JsonObject> BY_TALK = AggregationKey.of("passagesByTalk");

	private DslNotePassages() {
	}

	/**
	 * The best passages per talk slug, the best first.
	 * @param session the search session
	 * @param onLucene whether the index is Lucene's
	 * @param analyzer the analyzer of queries
	 * @param highlighting marks the query's words in the notes shown
	 * @param talkSlugs the talks on the page
	 * @param text the query in the engine's syntax
	 * @param fuzzy whether {@code word~2} means a word within two edits
	 * @param author only notes by this author, or null
	 */
	static Map<String, List<String>> of(SearchSession session, boolean onLucene, Analyzer analyzer,
			Highlighting highlighting, List<String> talkSlugs, String text, boolean fuzzy, String author) {
		Query words = text.isEmpty() ? null : NotePassages.words(analyzer, text, TalkQuery.syntax(fuzzy));
		if (words == null || talkSlugs.isEmpty()) {
			return new LinkedHashMap<>();
		}
		Map<String, List<String>> notes = onLucene ? talkByTalk(session, talkSlugs, text, fuzzy, author)
				: inOneRequest(session, talkSlugs, text, fuzzy, author);
		Map<String, List<String>> passages = new LinkedHashMap<>();
		notes.forEach((talk, texts) -> passages.put(talk,
				texts.stream().flatMap((note) -> NotePassages.shown(highlighting, words, note).stream()).toList()));
		return passages;
	}

	/** The text of each talk's best notes, the best first. */
	private static Map<String, List<String>> talkByTalk(SearchSession session, List<String> talkSlugs, String text,
			boolean fuzzy, String author) {
		Map<String, List<String>> notes = new LinkedHashMap<>();
		for (String talk : talkSlugs) {
			notes.put(talk,
					session.search(Note.class)
						.select((f) -> f.field(PassageTextBinder.FIELD, String.class))
						.where((f) -> DslTalkQuery.notes(f, List.of(talk), text, fuzzy, author))
						.fetchHits(Passages.PER_TALK));
		}
		return notes;
	}

	private static Map<String, List<String>> inOneRequest(SearchSession session, List<String> talkSlugs, String text,
			boolean fuzzy, String author) {
		JsonObject byTalk = session.search(Note.class)
			.extension(ElasticsearchExtension.get())
			.where((f) -> DslTalkQuery.notes(f, talkSlugs, text, fuzzy, author))
			.aggregation(BY_TALK, (f) -> f.fromJson(bestNotesByTalk(talkSlugs.size())))
			.fetch(0)
			.aggregation(BY_TALK);
		Map<String, List<String>> notes = new LinkedHashMap<>();
		for (JsonElement bucket : byTalk.getAsJsonArray("buckets")) {
			JsonObject talk = bucket.getAsJsonObject();
			notes.put(talk.get("key").getAsString(),
					StreamSupport.stream(
							talk.getAsJsonObject("best").getAsJsonObject("hits").getAsJsonArray("hits").spliterator(),
							false)
						.map((hit) -> text(hit.getAsJsonObject()))
						.toList());
		}
		return notes;
	}

	/** The matching notes grouped by talk, each group with its best notes' text. */
	private static JsonObject bestNotesByTalk(int talks) {
		JsonArray text = new JsonArray();
		text.add(PassageTextBinder.FIELD);
		JsonObject source = new JsonObject();
		source.add("includes", text);
		JsonObject best = new JsonObject();
		best.addProperty("size", Passages.PER_TALK);
		best.add("_source", source);
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

	/** The words a note shows, from one hit of {@code top_hits}. */
	private static String text(JsonObject hit) {
		JsonObject source = hit.getAsJsonObject("_source");
		JsonElement text = (source != null) ? source.get(PassageTextBinder.FIELD) : null;
		return (text != null && text.isJsonPrimitive()) ? text.getAsString() : "";
	}

}
