package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.talknotes.system.TextAnalysis;
import io.talknotes.talk.Talk;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.FixedBitSet;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches on Lucene directly, through the index readers Hibernate Search opens: the
 * fastest way on one node (see docs/benchmarks.md), and the default. It needs the Lucene
 * backend.
 */
// Searches read the index only: a session is needed, a database transaction is not.
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class LuceneTalkSearch implements TalkSearch {

	private final EntityManager entityManager;

	private final SearchIndex index;

	/** The analyzer text was indexed with, to mark matches in it. */
	private final Analyzer indexAnalyzer;

	private final Analyzer queryAnalyzer;

	private final FacetCounter facetCounter = new FacetCounter();

	LuceneTalkSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory, SearchIndex index) {
		this.entityManager = entityManager;
		this.index = index;
		LuceneBackend backend = lucene(entityManagerFactory);
		this.indexAnalyzer = backend.analyzer(TextAnalysis.ENGLISH).orElseThrow();
		this.queryAnalyzer = backend.analyzer(TextAnalysis.ENGLISH_QUERY).orElseThrow();
	}

	/**
	 * The Lucene backend: searches read its index directly, for speed (see
	 * docs/benchmarks.md).
	 */
	private static LuceneBackend lucene(EntityManagerFactory entityManagerFactory) {
		Backend backend = Search.mapping(entityManagerFactory).backend();
		try {
			return backend.unwrap(LuceneBackend.class);
		}
		catch (SearchException ex) {
			throw new IllegalStateException(
					"talknotes.search.engine=lucene reads the Lucene backend of Hibernate Search, not "
							+ backend.getClass().getName() + ": set talknotes.search.engine=dsl",
					ex);
		}
	}

	@Override
	public SearchResults search(SearchRequest request) {
		try {
			return searchIndex(request);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new SearchTooLargeException(ex);
		}
	}

	/**
	 * Runs a search. When the query as typed finds nothing, tries again tolerating typos
	 * and suggests the spelling that matched.
	 */
	private SearchResults searchIndex(SearchRequest request) {
		long started = System.nanoTime();
		SearchQuery query = request.query();
		Page page = run(request, query.text(), false);
		String suggestion = null;
		if (page.total() == 0 && !query.words().isEmpty()) {
			Page retry = retry(request, query);
			if (retry.total() > 0) {
				page = retry;
				suggestion = Suggestions.correct(query, retry.hits());
			}
		}
		return new SearchResults(page.hits(), page.total(), request.page(), page.facets(request), suggestion,
				this.index.status(), (System.nanoTime() - started) / 1_000_000, request);
	}

	private Page retry(SearchRequest request, SearchQuery query) {
		String expanded = TypoExpansion.expand(query.fuzzy(), Search.session(this.entityManager),
				TalkQuery.FIELDS.keySet());
		// Words with no indexed word near them are left fuzzy.
		return run(request, expanded, true);
	}

	private Page run(SearchRequest request, String text, boolean fuzzy) {
		SearchSession session = Search.session(this.entityManager);
		Query query = TalkQuery.of(this.queryAnalyzer, text, fuzzy, request);
		Highlighting highlighting = new Highlighting(this.indexAnalyzer, SearchAnalysis::englishStemmingOnly);
		FacetCounter.Counts counts;
		List<TalkHit> hits;
		try (IndexReader reader = session.scope(Talk.class).extension(LuceneExtension.get()).openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			// Caching whole results would flatter repeated searches.
			searcher.setQueryCache(null);
			// One pass over the matches gathers both the best talks and all of them.
			Object[] found = searcher.search(query, new MultiCollectorManager(
					TalkHits.best(request.offset(), SearchRequest.PAGE_SIZE), FacetCounter.matching(reader)));
			counts = this.facetCounter.count(reader, (FixedBitSet[]) found[1], SearchFacets.PATHS);
			hits = TalkHits.page(searcher, highlighting, query, (TopDocs) found[0], request.offset());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, List<String>> passages = NotePassages.of(session, this.queryAnalyzer, highlighting,
				hits.stream().map(TalkHit::slug).toList(), text, TalkQuery.syntax(fuzzy), request.author());
		return new Page(counts,
				hits.stream().map((hit) -> hit.withPassages(passages.getOrDefault(hit.slug(), List.of()))).toList());
	}

	/** The talks found on one page, with the passages of their notes, and the counts. */
	private record Page(FacetCounter.Counts counts, List<TalkHit> hits) {

		long total() {
			return this.counts.total();
		}

		List<SearchResults.Facet> facets(SearchRequest request) {
			return Arrays.stream(SearchFacets.values())
				.map((facet) -> facet.facet(this.counts.byField().get(facet.countedPath()), request))
				.toList();
		}

	}

}
