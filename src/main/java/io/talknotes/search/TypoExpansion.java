package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.talknotes.talk.Talk;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Spells out the typo-tolerant words of a query ({@code kuberentes~2}) as the indexed
 * words within that many edits ({@code (kubernetes | kubernete)}). The expanded query
 * matches the same talks, but highlighting it is cheap: the highlighters rebuild a fuzzy
 * word's automaton for every hit and field, which costs hundreds of milliseconds. Indexed
 * words that are not plain (such as "multi-cluster", kept whole beside its parts) are
 * left out: the query syntax would split them.
 * <p>
 * A Lucene index is read here; an index on Elasticsearch or OpenSearch is asked in one
 * request ({@link ElasticsearchTypos}).
 */
final class TypoExpansion {

	/** As many words as Lucene's fuzzy query expands to by default. */
	static final int MAX_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;

	private static final Pattern FUZZY = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}'.]*)~(\\d)");

	private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'.]*");

	private TypoExpansion() {
	}

	/**
	 * The fuzzy query with each fuzzy word replaced by the indexed words it matches; a
	 * word that matches none is left as it is.
	 * @param fuzzy the query with typo-tolerant words ({@link SearchQuery#fuzzy()})
	 * @param session the search session, whose talks' index is read
	 * @param fields the fields whose words are taken
	 */
	static String expand(String fuzzy, SearchSession session, Collection<String> fields) {
		List<Typo> typos = typos(fuzzy);
		if (typos.isEmpty()) {
			return fuzzy;
		}
		boolean onLucene = SearchIndex
			.isLucene(Search.mapping(session.toEntityManager().getEntityManagerFactory()).backend());
		return spelledOut(fuzzy,
				onLucene ? inLucene(session, typos, fields) : ElasticsearchTypos.near(session, typos, fields));
	}

	/** The typo-tolerant words of a query, each once. */
	private static List<Typo> typos(String fuzzy) {
		return FUZZY.matcher(fuzzy)
			.results()
			.map((word) -> new Typo(word.group(1), Integer.parseInt(word.group(2))))
			.distinct()
			.toList();
	}

	/**
	 * The query with each typo-tolerant word replaced by the plain words found near it,
	 * the closest first, or left as it is where none was found.
	 */
	private static String spelledOut(String fuzzy, Map<Typo, List<String>> near) {
		Matcher words = FUZZY.matcher(fuzzy);
		StringBuilder expanded = new StringBuilder();
		while (words.find()) {
			Typo typo = new Typo(words.group(1), Integer.parseInt(words.group(2)));
			List<String> matches = closest(typo.word(), near.getOrDefault(typo, List.of()));
			String replacement = matches.isEmpty() ? words.group()
					: (matches.size() == 1) ? matches.get(0) : "(" + String.join(" | ", matches) + ")";
			words.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
		}
		words.appendTail(expanded);
		return expanded.toString();
	}

	private static List<String> closest(String word, Collection<String> found) {
		Set<String> plain = new TreeSet<>();
		for (String text : found) {
			if (PLAIN.matcher(text).matches()) {
				plain.add(text);
			}
		}
		return plain.stream()
			.sorted(Comparator.comparingInt((String match) -> Suggestions.distance(word, match)))
			.limit(MAX_EXPANSIONS)
			.toList();
	}

	private static Map<Typo, List<String>> inLucene(SearchSession session, List<Typo> typos,
			Collection<String> fields) {
		try (IndexReader reader = session.scope(Talk.class).extension(LuceneExtension.get()).openIndexReader()) {
			Map<Typo, List<String>> near = new LinkedHashMap<>();
			for (Typo typo : typos) {
				near.put(typo, matches(reader, fields, typo));
			}
			return near;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> matches(IndexReader reader, Collection<String> fields, Typo typo) throws IOException {
		CompiledAutomaton automaton = FuzzyQuery.getFuzzyAutomaton(typo.word(), typo.edits(), 0, true);
		List<String> found = new ArrayList<>();
		for (String field : fields) {
			Terms terms = MultiTerms.getTerms(reader, field);
			if (terms == null) {
				continue;
			}
			TermsEnum matching = automaton.getTermsEnum(terms);
			for (BytesRef term = matching.next(); term != null; term = matching.next()) {
				found.add(term.utf8ToString());
			}
		}
		return found;
	}

	/**
	 * A word of a query that tolerates typos, as typed, and how many edits it forgives.
	 */
	record Typo(String word, int edits) {
	}

}
