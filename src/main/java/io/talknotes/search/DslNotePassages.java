package io.talknotes.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.talknotes.note.Note;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Finds the best passages of the notes of the talks on a results page through the query
 * language of Hibernate Search: for each talk, its {@link Passages#PER_TALK} best-scored
 * notes that have any of the query's words, each marked whole by the engine and cut to
 * its best sentence. One query per talk, so that a page costs the same whether its talks
 * have ten notes or a thousand.
 */
final class DslNotePassages {

	private DslNotePassages() {
	}

	/**
	 * The best passages per talk slug, the best first.
	 * @param session the search session
	 * @param talkSlugs the talks on the page
	 * @param text the query in the engine's syntax
	 * @param fuzzy whether {@code word~2} means a word within two edits
	 * @param typos whether the text has such words, to be marked by a highlighter that
	 * builds their automata once
	 * @param author only notes by this author, or null
	 */
	static Map<String, List<String>> of(SearchSession session, List<String> talkSlugs, String text, boolean fuzzy,
			boolean typos, String author) {
		Map<String, List<String>> passages = new LinkedHashMap<>();
		if (text.isEmpty()) {
			return passages;
		}
		for (String talk : talkSlugs) {
			List<List<String>> notes = session.search(Note.class)
				.select((f) -> f.highlight(PassageTextBinder.FIELD))
				.where((f) -> DslTalkQuery.notes(f, talk, text, fuzzy, author))
				.highlighter(DslTalkQuery.marking(typos))
				.fetchHits(Passages.PER_TALK);
			passages.put(talk,
					notes.stream()
						.map((marked) -> Passages.bestSentences(marked, 1))
						.flatMap(List::stream)
						.map(Passages::markedLines)
						.toList());
		}
		return passages;
	}

}
