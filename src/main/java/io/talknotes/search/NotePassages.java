package io.talknotes.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.talknotes.note.Note;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/**
 * Finds the best passages of the notes of the talks on a results page. Each note is a
 * small document of its own, so highlighting reads a few short notes instead of every
 * note of every talk on the page.
 */
final class NotePassages {

	/** Passages shown per talk. */
	static final int PER_TALK = 3;

	/** Lines shown of one passage. */
	private static final int MAX_LINES = 4;

	private NotePassages() {
	}

	/**
	 * The best passages per talk slug, the best first. A note matches when it has any of
	 * the query's words, so that a talk found by words spread over several notes still
	 * shows where each is.
	 */
	static Map<String, List<String>> of(SearchSession session, Collection<String> talkSlugs, String text,
			EnumSet<SimpleQueryFlag> flags, String author) {
		if (talkSlugs.isEmpty() || text.isEmpty()) {
			return Map.of();
		}
		List<Passage> found = session.search(Note.class).select(Passage.class).where((f, root) -> {
			root.add(f.simpleQueryString()
				.field("body")
				.matching(text)
				.defaultOperator(BooleanOperator.OR)
				.flags(flags));
			root.add(f.terms().field("talk.slug").matchingAny(talkSlugs));
			if (author != null) {
				root.add(f.match().field("author").matching(author));
			}
		})
			// Offsets kept in the postings let the unified highlighter work without term
			// vectors, which would double the size of the notes' index. Its passages are
			// sentences, and a line of a note counts as one.
			.highlighter((h) -> h.unified()
				.tag("<mark>", "</mark>")
				.encoder(HighlighterEncoder.HTML)
				.numberOfFragments(1)
				.orderByScore(true))
			.fetchHits(talkSlugs.size() * PER_TALK * 2);
		Map<String, List<String>> passages = new LinkedHashMap<>();
		for (Passage passage : found) {
			List<String> ofTalk = passages.computeIfAbsent(passage.talkSlug(), (slug) -> new ArrayList<>());
			if (ofTalk.size() < PER_TALK) {
				passage.highlights().stream().map(NotePassages::markedLines).forEach(ofTalk::add);
			}
		}
		return passages;
	}

	/**
	 * The lines of a passage that have a match: notes are lists, and a sentence of one
	 * can run over many lines.
	 */
	static String markedLines(String passage) {
		String marked = passage.lines()
			.filter((line) -> line.contains("<mark>"))
			.limit(MAX_LINES)
			.map(String::strip)
			.collect(Collectors.joining("\n"));
		return marked.isEmpty() ? passage.strip() : marked;
	}

	/**
	 * The best passage of one note.
	 *
	 * @param talkSlug the talk the note is about
	 * @param highlights the passage with matches marked; empty when only an exclusion
	 * matched
	 */
	@ProjectionConstructor
	record Passage(@FieldProjection(path = "talk.slug") String talkSlug,
			@HighlightProjection(path = "body") List<String> highlights) {

	}

}
