package io.talknotes.search;

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
	 * can run over many lines. Lines end as {@link String#lines()} ends them.
	 */
	static String markedLines(String passage) {
		StringBuilder marked = new StringBuilder(passage.length());
		int shown = 0;
		int start = 0;
		int mark = passage.indexOf(MARK);
		while (start < passage.length() && shown < MAX_LINES) {
			int end = start;
			while (end < passage.length() && passage.charAt(end) != '\n' && passage.charAt(end) != '\r') {
				end++;
			}
			// A mark holds no line break, and the empty line between "\r" and "\n" no
			// mark.
			if (mark >= 0 && mark < end) {
				marked.append((shown++ > 0) ? "\n" : "").append(passage.substring(start, end).strip());
				mark = passage.indexOf(MARK, end);
			}
			start = end + 1;
		}
		return (shown > 0) ? marked.toString() : passage.strip();
	}

}
