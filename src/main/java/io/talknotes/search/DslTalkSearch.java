package io.talknotes.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static io.talknotes.search.IndexFields.ABSTRACT;
import static io.talknotes.search.IndexFields.COMPANIES;
import static io.talknotes.search.IndexFields.CONFERENCE;
import static io.talknotes.search.IndexFields.FIGURES;
import static io.talknotes.search.IndexFields.KIND;
import static io.talknotes.search.IndexFields.SLUG;
import static io.talknotes.search.IndexFields.SPEAKERS;
import static io.talknotes.search.IndexFields.TITLE;

/**
 * Searches through the query language of Hibernate Search only, so that the same code
 * runs on its Lucene backend and on Elasticsearch or OpenSearch: a simple query string,
 * terms aggregations for the filters and a fuzzy query for "did you mean". The engine
 * finds the talks and their best notes and gives their text; the query's words are marked
 * in it here, with the index's analysis ({@link SearchAnalysis#english()}) and the
 * highlighter the direct Lucene search uses ({@link Highlighting}), so both ways of
 * searching mark alike. Marking in the engine cost more than the search itself: its plain
 * highlighter analyses every text again into an index of its own.
 */
// Searches read the index only: a session is needed, a database transaction is not.
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class DslTalkSearch implements TalkSearch {

	/** The analyzer text was indexed with, to mark matches in it. */
	private static final Analyzer INDEX_ANALYZER = SearchAnalysis.english();

	private static final Analyzer QUERY_ANALYZER = SearchAnalysis.englishQuery();

	private final EntityManager entityManager;

	private final SearchIndex index;

	/** Whether the index is Lucene's, where a query costs no round trip. */
	private final boolean onLucene;

	DslTalkSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory, SearchIndex index) {
		this.entityManager = entityManager;
		this.index = index;
		this.onLucene = SearchIndex.isLucene(Search.mapping(entityManagerFactory).backend());
	}

	@Override
	public SearchResults search(SearchRequest request) {
		long started = System.nanoTime();
		try {
			SearchQuery query = request.query();
			Page page = run(request, query.text(), false);
			String suggestion = null;
			if (page.total() == 0 && !query.words().isEmpty()) {
				// The same words, each matching indexed words one or two edits away.
				Page retry = run(request, forgivingTypos(query), true);
				if (retry.total() > 0) {
					page = retry;
					suggestion = Suggestions.correct(query, retry.hits());
				}
			}
			return new SearchResults(page.hits(), page.total(), request.page(), page.facets(request), suggestion,
					this.index.status(), (System.nanoTime() - started) / 1_000_000, request);
		}
		catch (RuntimeException ex) {
			// Lucene throws its own exception, Elasticsearch answers with an error.
			if (DslTalkQuery.isTooLarge(ex)) {
				throw new SearchTooLargeException(ex);
			}
			throw ex;
		}
	}

	/**
	 * The query with each word matching indexed words one or two edits away, spelled out
	 * as those words ({@link TypoExpansion}), so that searching and marking the matches
	 * cost what they cost for any query.
	 */
	private String forgivingTypos(SearchQuery query) {
		return TypoExpansion.expand(query.fuzzy(), Search.session(this.entityManager), TalkQuery.FIELDS.keySet());
	}

	private Page run(SearchRequest request, String text, boolean fuzzy) {
		SearchSession session = Search.session(this.entityManager);
		var search = session.search(Talk.class)
			.select((f) -> f.composite()
				.from(f.field(SLUG, String.class), f.field(TITLE, String.class), f.field(KIND, TalkKind.class),
						f.field(CONFERENCE, String.class), f.field(COMPANIES, String.class).list(),
						f.field(SPEAKERS, String.class).list(), f.field(ABSTRACT, String.class),
						f.field(FIGURES, String.class).list())
				.asArray(DslTalkSearch::stored))
			.where((f) -> DslTalkQuery.talks(f, text, fuzzy, request));
		for (SearchFacets facet : SearchFacets.values()) {
			search = search.aggregation(counted(facet),
					(f) -> f.terms()
						.field(facet.countedPath(), String.class, ValueModel.INDEX)
						.maxTermCount(SearchFacets.SHOWN));
		}
		SearchResult<StoredTalk> result = search.fetch(request.offset(), SearchRequest.PAGE_SIZE);
		// The same query as the direct Lucene search's, to mark the words it matched.
		Query query = TalkQuery.of(QUERY_ANALYZER, text, fuzzy, request);
		Highlighting highlighting = new Highlighting(INDEX_ANALYZER, SearchAnalysis::englishStemmingOnly);
		List<TalkHit> hits = result.hits().stream().map((talk) -> talk.marked(highlighting, query)).toList();
		Map<String, List<String>> passages = DslNotePassages.of(session, this.onLucene, QUERY_ANALYZER, highlighting,
				hits.stream().map(TalkHit::slug).toList(), text, fuzzy, request.author());
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (SearchFacets facet : SearchFacets.values()) {
			counts.put(facet.countedPath(), result.aggregation(counted(facet)));
		}
		return new Page(result.total().hitCount(), counts,
				hits.stream().map((hit) -> hit.withPassages(passages.getOrDefault(hit.slug(), List.of()))).toList());
	}

	/**
	 * The counts of a filter's values among the matching talks, the most frequent first.
	 */
	private static AggregationKey<Map<String, Long>> counted(SearchFacets facet) {
		return AggregationKey.of(facet.name());
	}

	@SuppressWarnings("unchecked")
	private static StoredTalk stored(Object[] values) {
		return new StoredTalk((String) values[0], (String) values[1], (TalkKind) values[2], (String) values[3],
				(List<String>) values[4], (List<String>) values[5], (String) values[6], (List<String>) values[7]);
	}

	/** The talks found on one page, with the passages of their notes, and the counts. */
	private record Page(long total, Map<String, Map<String, Long>> counts, List<TalkHit> hits) {

		List<SearchResults.Facet> facets(SearchRequest request) {
			return Arrays.stream(SearchFacets.values())
				.map((facet) -> facet.facet(this.counts.getOrDefault(facet.countedPath(), Map.of()), request))
				.toList();
		}

	}

}
