package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.scope.SearchScope;

/**
 * Spells out the typo-tolerant words of a query ({@code kuberentes~2}) as the indexed
 * words within that many edits ({@code (kubernetes | kubernete)}). The expanded query
 * matches the same talks, but highlighting it is cheap: the highlighters rebuild a fuzzy
 * word's automaton for every hit and field, which costs hundreds of milliseconds. Indexed
 * words that are not plain (such as "multi-cluster", kept whole beside its parts) are
 * left out: the query syntax would split them.
 */
final class TypoExpansion {

	/** As many words as Lucene's fuzzy query expands to by default. */
	private static final int MAX_EXPANSIONS = FuzzyQuery.defaultMaxExpansions;

	private static final Pattern FUZZY = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}'.]*)~(\\d)");

	private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'.]*");

	private TypoExpansion() {
	}

	/**
	 * The fuzzy query with each fuzzy word replaced by the indexed words it matches; a
	 * word that matches none is left as it is.
	 */
	static String expand(String fuzzy, SearchScope<?> scope, Collection<String> fields) {
		try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
			Matcher words = FUZZY.matcher(fuzzy);
			StringBuilder expanded = new StringBuilder();
			while (words.find()) {
				List<String> matches = matches(reader, fields, words.group(1), Integer.parseInt(words.group(2)));
				String replacement = matches.isEmpty() ? words.group()
						: (matches.size() == 1) ? matches.get(0) : "(" + String.join(" | ", matches) + ")";
				words.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
			}
			words.appendTail(expanded);
			return expanded.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> matches(IndexReader reader, Collection<String> fields, String word, int edits)
			throws IOException {
		CompiledAutomaton automaton = FuzzyQuery.getFuzzyAutomaton(word, edits, 0, true);
		Set<String> found = new TreeSet<>();
		for (String field : fields) {
			Terms terms = MultiTerms.getTerms(reader, field);
			if (terms == null) {
				continue;
			}
			TermsEnum matching = automaton.getTermsEnum(terms);
			for (BytesRef term = matching.next(); term != null; term = matching.next()) {
				String text = term.utf8ToString();
				if (PLAIN.matcher(text).matches()) {
					found.add(text);
				}
			}
		}
		return found.stream()
			.sorted(Comparator.comparingInt((String match) -> Suggestions.distance(word, match)))
			.limit(MAX_EXPANSIONS)
			.toList();
	}

}
