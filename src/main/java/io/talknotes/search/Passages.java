package io.talknotes.search;

import java.util.stream.Collectors;

/**
 * The shape of the passages a results page shows: how many of a talk's notes and
 * abstract, and which lines of a note's passage.
 */
final class Passages {

	/** Passages shown of a talk's notes, one per note. */
	static final int PER_TALK = 3;

	/** Passages shown of an abstract. */
	static final int ABSTRACT = 3;

	/** Lines shown of one passage. */
	private static final int MAX_LINES = 4;

	private static final String MARK = "<mark>";

	private Passages() {
	}

	/**
	 * The lines of a passage that have a match: notes are lists, and a sentence of one
	 * can run over many lines.
	 */
	static String markedLines(String passage) {
		String marked = passage.lines()
			.filter((line) -> line.contains(MARK))
			.limit(MAX_LINES)
			.map(String::strip)
			.collect(Collectors.joining("\n"));
		return marked.isEmpty() ? passage.strip() : marked;
	}

}
