package io.talknotes.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static io.talknotes.search.IndexFields.ABSTRACT;
import static io.talknotes.search.IndexFields.COMPANIES;
import static io.talknotes.search.IndexFields.COMPANY_WORDS;
import static io.talknotes.search.IndexFields.CONFERENCE;
import static io.talknotes.search.IndexFields.FIGURES;
import static io.talknotes.search.IndexFields.KIND;
import static io.talknotes.search.IndexFields.SLUG;
import static io.talknotes.search.IndexFields.SPEAKER_WORDS;
import static io.talknotes.search.IndexFields.TITLE;

/**
 * Searches through the query language of Hibernate Search only, so that the same code
 * runs on its Lucene backend and on Elasticsearch or OpenSearch: a simple query string,
 * highlights, terms aggregations for the filters and a fuzzy query for "did you mean".
 * The engine marks the title, abstract and figures whole; {@link Passages} cuts them into
 * what the page shows.
 */
// Searches read the index only: a session is needed, a database transaction is not.
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class DslTalkSearch implements TalkSearch {

	private final EntityManager entityManager;

	private final SearchIndex index;

	/**
	 * Whether the index is Lucene's, where a query costs no round trip. On an index
	 * elsewhere, a typo that stays fuzzy (no indexed word was found near it) is marked
	 * with the unified highlighter, which builds its automaton once per query.
	 */
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
	 * as those words ({@link TypoExpansion}), so that marking the matches is as cheap as
	 * for any query.
	 */
	private String forgivingTypos(SearchQuery query) {
		return TypoExpansion.expand(query.fuzzy(), Search.session(this.entityManager), TalkQuery.FIELDS.keySet());
	}

	private Page run(SearchRequest request, String text, boolean fuzzy) {
		// A typo with no indexed word near it is left for the engine to match.
		boolean typos = fuzzy && !this.onLucene && !TypoExpansion.typos(text).isEmpty();
		SearchSession session = Search.session(this.entityManager);
		var search = session.search(Talk.class)
			.select((f) -> f.composite()
				.from(f.field(SLUG, String.class), f.field(TITLE, String.class), f.field(KIND, TalkKind.class),
						f.field(CONFERENCE, String.class), f.field(COMPANIES, String.class).list(), f.highlight(TITLE),
						f.highlight(ABSTRACT), f.highlight(FIGURES), f.highlight(SPEAKER_WORDS),
						f.highlight(COMPANY_WORDS))
				.asArray(DslTalkSearch::hit))
			.where((f) -> DslTalkQuery.talks(f, text, fuzzy, request))
			.highlighter(Marking.of(typos)::dsl);
		for (SearchFacets facet : SearchFacets.values()) {
			search = search.aggregation(counted(facet),
					(f) -> f.terms()
						.field(facet.countedPath(), String.class, ValueModel.INDEX)
						.maxTermCount(SearchFacets.SHOWN));
		}
		SearchResult<TalkHit> result = search.fetch(request.offset(), SearchRequest.PAGE_SIZE);
		List<TalkHit> hits = result.hits();
		Map<String, List<String>> passages = DslNotePassages.of(session, this.onLucene,
				hits.stream().map(TalkHit::slug).toList(), text, fuzzy, typos, request.author());
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
	private static TalkHit hit(Object[] values) {
		return new TalkHit((String) values[0], (String) values[1], Passages.values((List<String>) values[5]),
				(TalkKind) values[2], (String) values[3], (List<String>) values[4], List.of(),
				Passages.bestSentences((List<String>) values[6], Passages.ABSTRACT),
				Passages.values((List<String>) values[7]), new NameHighlights(Passages.values((List<String>) values[8]),
						Passages.values((List<String>) values[9])));
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
