package io.talknotes.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkKind;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds talks by keyword in their titles, abstracts, notes, figures and the names of
 * their companies, speakers and projects; best match first, with the matching words
 * marked.
 */
@Service
// Searches read the index only: a session is needed, a database transaction is not.
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class SearchService {

	static final String WHOLE = "whole";

	private static final Map<String, Float> FIELDS = Map.of("title", 4f, "companies.name", 2f, "projects.name", 2f,
			"speakers.name", 2f, "abstractText", 1.5f, "metrics.text", 1.5f, "metrics.subject", 1f, "notes.text", 1f,
			"conference.name", 0.5f);

	private static final EnumSet<SimpleQueryFlag> SYNTAX = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
			SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE,
			SimpleQueryFlag.WHITESPACE);

	private static final List<FacetField> FACETS = List.of(new FacetField("conference", "conference.name_keyword"),
			new FacetField("kind", "kind"), new FacetField("company", "companies.name_keyword"),
			new FacetField("project", "projects.name_keyword"), new FacetField("author", "notes.author"));

	private final EntityManager entityManager;

	private final SearchIndex index;

	SearchService(EntityManager entityManager, SearchIndex index) {
		this.entityManager = entityManager;
		this.index = index;
	}

	/**
	 * Runs a search. When the query as typed finds nothing, tries again tolerating typos
	 * and suggests the spelling that matched.
	 */
	public SearchResults search(SearchRequest request) {
		long started = System.nanoTime();
		SearchQuery query = request.query();
		Page page = run(request, query.text(), false);
		String suggestion = null;
		if (page.result().total().hitCount() == 0 && !query.words().isEmpty()) {
			Page retry = retry(request, query);
			if (retry.result().total().hitCount() > 0) {
				page = retry;
				suggestion = Suggestions.correct(query, retry.hits());
			}
		}
		return new SearchResults(page.hits(), page.result().total().hitCount(), request.page(),
				facets(page.result(), request), suggestion, this.index.status(),
				(System.nanoTime() - started) / 1_000_000, request);
	}

	private Page retry(SearchRequest request, SearchQuery query) {
		return TypoExpansion
			.expand(query.fuzzy(), Search.session(this.entityManager).scope(Talk.class), FIELDS.keySet())
			.map((expanded) -> run(request, expanded, false))
			.orElseGet(() -> run(request, query.fuzzy(), true));
	}

	private Page run(SearchRequest request, String text, boolean fuzzy) {
		EnumSet<SimpleQueryFlag> flags = EnumSet.copyOf(SYNTAX);
		if (fuzzy) {
			flags.add(SimpleQueryFlag.FUZZY);
		}
		SearchSession session = Search.session(this.entityManager);
		var search = session.search(Talk.class).select(TalkMatch.class).where((f, root) -> {
			root.add(matching(f, text, flags));
			filters(request).forEach((filter) -> root.add(filter.apply(f)));
		})
			.highlighter((h) -> h.fastVector()
				.tag("<mark>", "</mark>")
				.encoder(HighlighterEncoder.HTML)
				.fragmentSize(160)
				.numberOfFragments(3)
				.orderByScore(true))
			.highlighter(WHOLE,
					(h) -> h.fastVector()
						.tag("<mark>", "</mark>")
						.encoder(HighlighterEncoder.HTML)
						.fragmentSize(400)
						.numberOfFragments(5));
		for (FacetField facet : FACETS) {
			search = search.aggregation(facet.key(),
					(f) -> f.terms().field(facet.path(), Object.class).orderByCountDescending().maxTermCount(12));
		}
		SearchResult<TalkMatch> result = search.fetch(request.offset(), SearchRequest.PAGE_SIZE);
		Map<String, List<String>> passages = NotePassages.of(session,
				result.hits().stream().map(TalkMatch::slug).toList(), text, flags, request.author());
		List<TalkHit> hits = result.hits()
			.stream()
			.map((match) -> match.withPassages(passages.getOrDefault(match.slug(), List.of())))
			.toList();
		return new Page(result, hits);
	}

	/** The talks found, and the same talks with the passages of their notes. */
	private record Page(SearchResult<TalkMatch> result, List<TalkHit> hits) {

	}

	private static PredicateFinalStep matching(SearchPredicateFactory f, String text, EnumSet<SimpleQueryFlag> flags) {
		if (text.isEmpty()) {
			return f.matchAll();
		}
		var fields = f.simpleQueryString().field("title").boost(FIELDS.get("title"));
		for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
			fields = fields.field(field.getKey()).boost(field.getValue());
		}
		return fields.matching(text).defaultOperator(BooleanOperator.AND).flags(flags);
	}

	private static List<Function<SearchPredicateFactory, PredicateFinalStep>> filters(SearchRequest request) {
		List<Function<SearchPredicateFactory, PredicateFinalStep>> filters = new ArrayList<>();
		addFilter(filters, "conference.name_keyword", request.conference());
		addFilter(filters, "kind", request.kind());
		addFilter(filters, "companies.name_keyword", request.company());
		addFilter(filters, "projects.name_keyword", request.project());
		addFilter(filters, "notes.author", request.author());
		return filters;
	}

	private static void addFilter(List<Function<SearchPredicateFactory, PredicateFinalStep>> filters, String path,
			Object value) {
		if (value != null) {
			filters.add((f) -> f.match().field(path).matching(value));
		}
	}

	private static List<SearchResults.Facet> facets(SearchResult<TalkMatch> result, SearchRequest request) {
		List<SearchResults.Facet> facets = new ArrayList<>();
		for (FacetField facet : FACETS) {
			Object selected = facet.selectedIn(request);
			List<SearchResults.FacetValue> values = result.aggregation(facet.key())
				.entrySet()
				.stream()
				.map((entry) -> facet.value(entry.getKey(), entry.getValue(), selected, request))
				.toList();
			facets.add(new SearchResults.Facet(facet.name(), values));
		}
		return facets;
	}

	/** A filter offered beside the results, and the index field it counts. */
	private record FacetField(String name, String path) {

		AggregationKey<Map<Object, Long>> key() {
			return AggregationKey.of(this.name);
		}

		Object selectedIn(SearchRequest request) {
			return switch (this.name) {
				case "conference" -> request.conference();
				case "kind" -> request.kind();
				case "company" -> request.company();
				case "project" -> request.project();
				default -> request.author();
			};
		}

		SearchResults.FacetValue value(Object key, long count, Object selected, SearchRequest request) {
			boolean isSelected = key.equals(selected);
			String value = (key instanceof TalkKind kind) ? kind.getParameter() : key.toString();
			String label = (key instanceof TalkKind kind) ? kind.getLabel() : key.toString();
			String href = SearchLinks.with(request, this.name, isSelected ? null : value);
			return new SearchResults.FacetValue(value, label, count, isSelected, href);
		}

	}

}
