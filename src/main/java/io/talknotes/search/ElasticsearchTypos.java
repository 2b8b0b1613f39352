package io.talknotes.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.talknotes.search.TypoExpansion.Typo;
import io.talknotes.talk.Talk;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Finds the indexed words near a query's typos in an index on Elasticsearch or
 * OpenSearch, as {@link TypoExpansion} reads them from a Lucene index: one request, with
 * a term suggestion for each typo and field.
 * <p>
 * The term suggester is tuned to list every indexed word within the typo's edits, as
 * Lucene's fuzzy query would match, rather than a few likely corrections: the word as
 * typed, not analysed (the query's words are lowercased already, and a fuzzy word is not
 * stemmed either); however frequent the word typed; any similarity; and as many words as
 * the expansion takes. It never lists the word typed itself, which the same request looks
 * up as a term; and its second pass, for words two edits away, keeps the first letter. So
 * a word that is two edits away and starts with another letter is missed where the typo
 * has other neighbours; where it has none, the typo stays fuzzy and the engine finds it.
 */
final class ElasticsearchTypos {

	private static final AggregationKey<JsonObject> TYPED = AggregationKey.of("typedWordsIndexed");

	private ElasticsearchTypos() {
	}

	/**
	 * The indexed words near each typo, in any of the fields: the words the engine lists,
	 * and the word typed where it is indexed too.
	 */
	static Map<Typo, List<String>> near(SearchSession session, List<Typo> typos, Collection<String> fields) {
		JsonObject suggestions = new JsonObject();
		for (int i = 0; i < typos.size(); i++) {
			for (String field : fields) {
				suggestions.add(name(i, field), suggestion(typos.get(i), field));
			}
		}
		ElasticsearchSearchResult<Object> answer = session.search(Talk.class)
			.extension(ElasticsearchExtension.get())
			.select((f) -> f.id())
			.where((f) -> f.matchAll())
			.aggregation(TYPED, (f) -> f.fromJson(typedWordsIndexed(typos, fields)))
			.requestTransformer((request) -> request.body().add("suggest", suggestions))
			.fetch(0);
		JsonObject suggested = answer.responseBody().getAsJsonObject("suggest");
		JsonObject typed = answer.aggregation(TYPED).getAsJsonObject("buckets");
		Map<Typo, List<String>> near = new LinkedHashMap<>();
		for (int i = 0; i < typos.size(); i++) {
			List<String> words = new ArrayList<>();
			if (typed.getAsJsonObject(String.valueOf(i)).get("doc_count").getAsLong() > 0) {
				words.add(typos.get(i).word());
			}
			for (String field : fields) {
				for (JsonElement entry : suggested.getAsJsonArray(name(i, field))) {
					for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
						words.add(option.getAsJsonObject().get("text").getAsString());
					}
				}
			}
			near.put(typos.get(i), words);
		}
		return near;
	}

	/**
	 * Counts the talks that have each word as typed in any of the fields: the suggester
	 * never lists the word it is given.
	 */
	private static JsonObject typedWordsIndexed(List<Typo> typos, Collection<String> fields) {
		JsonObject filters = new JsonObject();
		for (int i = 0; i < typos.size(); i++) {
			JsonArray anyField = new JsonArray();
			for (String field : fields) {
				JsonObject word = new JsonObject();
				word.addProperty(field, typos.get(i).word());
				JsonObject term = new JsonObject();
				term.add("term", word);
				anyField.add(term);
			}
			JsonObject should = new JsonObject();
			should.add("should", anyField);
			JsonObject bool = new JsonObject();
			bool.add("bool", should);
			filters.add(String.valueOf(i), bool);
		}
		JsonObject named = new JsonObject();
		named.add("filters", filters);
		JsonObject aggregation = new JsonObject();
		aggregation.add("filters", named);
		return aggregation;
	}

	private static String name(int typo, String field) {
		return typo + ":" + field;
	}

	private static JsonObject suggestion(Typo typo, String field) {
		JsonObject term = new JsonObject();
		term.addProperty("field", field);
		term.addProperty("analyzer", "keyword");
		term.addProperty("suggest_mode", "always");
		term.addProperty("max_edits", typo.edits());
		term.addProperty("prefix_length", 0);
		term.addProperty("min_word_length", 1);
		term.addProperty("max_term_freq", Integer.MAX_VALUE);
		term.addProperty("accuracy", 0);
		term.addProperty("size", TypoExpansion.MAX_EXPANSIONS);
		JsonObject suggestion = new JsonObject();
		suggestion.addProperty("text", typo.word());
		suggestion.add("term", term);
		return suggestion;
	}

}
