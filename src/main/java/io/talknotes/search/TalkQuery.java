package io.talknotes.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query for the talks a search asks for: the typed words over the fields of a
 * talk's search document, each weighted, and the chosen filters. One query serves both
 * the page of results and the counts beside them, so the two always agree.
 */
final class TalkQuery {

	/** The fields searched, and how much a match in each weighs. */
	static final Map<String, Float> FIELDS = IndexFields.SEARCHED;

	/** Words, "phrases", prefix*, -exclusion, OR (|), AND (+) and parentheses. */
	private static final int SYNTAX = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
			| SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR;

	private TalkQuery() {
	}

	/**
	 * The query for a search.
	 * @param analyzer the analyzer of the searched fields' queries
	 * @param text the query in the engine's syntax ({@link SearchQuery#text()}), empty
	 * for every talk
	 * @param fuzzy whether {@code word~2} means a word within two edits
	 * @param request the filters chosen
	 */
	static Query of(Analyzer analyzer, String text, boolean fuzzy, SearchRequest request) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(matching(analyzer, text, fuzzy), Occur.MUST);
		filter(query, SearchFacets.CONFERENCE, request.conference());
		filter(query, SearchFacets.KIND, (request.kind() != null) ? request.kind().name() : null);
		filter(query, SearchFacets.COMPANY, request.company());
		filter(query, SearchFacets.PROJECT, request.project());
		filter(query, SearchFacets.AUTHOR, request.author());
		return query.build();
	}

	/**
	 * The query syntax understood, as {@link SimpleQueryParser} flags.
	 * @param fuzzy whether {@code word~2} means a word within two edits
	 */
	static int syntax(boolean fuzzy) {
		return fuzzy ? SYNTAX | SimpleQueryParser.FUZZY_OPERATOR : SYNTAX;
	}

	private static Query matching(Analyzer analyzer, String text, boolean fuzzy) {
		if (text.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELDS, syntax(fuzzy));
		parser.setDefaultOperator(Occur.MUST);
		Query query = parser.parse(text);
		// Nothing is left when every word analyses to nothing, such as lone punctuation.
		return (query != null) ? query : new MatchNoDocsQuery("no searchable word");
	}

	private static void filter(BooleanQuery.Builder query, SearchFacets facet, String value) {
		if (value != null) {
			query.add(new TermQuery(new Term(facet.filteredPath(), value)), Occur.FILTER);
		}
	}

}
