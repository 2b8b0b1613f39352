package io.talknotes.search;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;

/**
 * The query language of Hibernate Search as {@link DslTalkSearch} speaks it: the typed
 * words over the fields of a talk's search document, each weighted, with the chosen
 * filters; the same words over notes; and how matches are marked.
 */
final class DslTalkQuery {

	/** Words, "phrases", prefix*, -exclusion, OR (|), AND (+) and parentheses. */
	private static final Set<SimpleQueryFlag> SYNTAX = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
			SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE,
			SimpleQueryFlag.WHITESPACE);

	private DslTalkQuery() {
	}

	/**
	 * The talks a search asks for.
	 * @param text the query in the engine's syntax ({@link SearchQuery#text()}), empty
	 * for every talk
	 * @param fuzzy whether {@code word~2} means a word within two edits
	 * @param request the filters chosen
	 */
	static PredicateFinalStep talks(SearchPredicateFactory f, String text, boolean fuzzy, SearchRequest request) {
		return f.bool((talks) -> {
			talks
				.must(text.isEmpty() ? f.matchAll() : words(f, IndexFields.SEARCHED, text, fuzzy, BooleanOperator.AND));
			filter(f, talks, SearchFacets.CONFERENCE, request.conference());
			filter(f, talks, SearchFacets.KIND, (request.kind() != null) ? request.kind().name() : null);
			filter(f, talks, SearchFacets.COMPANY, request.company());
			filter(f, talks, SearchFacets.PROJECT, request.project());
			filter(f, talks, SearchFacets.AUTHOR, request.author());
		});
	}

	/**
	 * The notes of the given talks that have any of the query's words, so that a talk
	 * found by words spread over several notes still shows where each is.
	 */
	static PredicateFinalStep notes(SearchPredicateFactory f, Collection<String> talks, String text, boolean fuzzy,
			String author) {
		return f.bool((notes) -> {
			notes.must(words(f, Map.of(PassageTextBinder.FIELD, 1f), text, fuzzy, BooleanOperator.OR));
			notes.filter(f.terms().field(IndexFields.NOTE_TALK).matchingAny(talks));
			if (author != null) {
				notes.filter(f.match().field(IndexFields.NOTE_AUTHOR).matching(author));
			}
		});
	}

	/**
	 * Whether the engine refused a query for having more terms than it takes at once
	 * (Lucene's and Elasticsearch's limit on clauses).
	 */
	static boolean isTooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (name.startsWith("TooMany") || message.contains("too_many") || message.contains("maxclausecount")) {
				return true;
			}
		}
		return false;
	}

	private static PredicateFinalStep words(SearchPredicateFactory f, Map<String, Float> fields, String text,
			boolean fuzzy, BooleanOperator operator) {
		SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> query = null;
		for (Map.Entry<String, Float> field : fields.entrySet()) {
			query = ((query != null) ? query.field(field.getKey()) : f.simpleQueryString().field(field.getKey()))
				.boost(field.getValue());
		}
		Set<SimpleQueryFlag> flags = EnumSet.copyOf(SYNTAX);
		if (fuzzy) {
			flags.add(SimpleQueryFlag.FUZZY);
		}
		return query.matching(text).defaultOperator(operator).flags(flags);
	}

	private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> query, SearchFacets facet,
			String value) {
		if (value != null) {
			query.filter(f.match().field(facet.filteredPath()).matching(value, ValueModel.INDEX));
		}
	}

}
