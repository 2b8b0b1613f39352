package io.talknotes.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The shape of the passages a results page shows, whichever way they were marked: how
 * many of a talk's notes and abstract, and which lines of a note's passage. Texts an
 * engine marks whole are cut here into the same passages.
 */
final class Passages {

	/** Passages shown of a talk's notes, one per note. */
	static final int PER_TALK = 3;

	/** Passages shown of an abstract. */
	static final int ABSTRACT = 3;

	/** Lines shown of one passage. */
	private static final int MAX_LINES = 4;

	private static final String MARK = "<mark>";

	private static final Pattern MARKS = Pattern.compile(Pattern.quote(MARK));

	/**
	 * Between the values of a field with several, as highlighters join them: Lucene's
	 * unified highlighter writes them into one text, separated by this character.
	 */
	private static final String VALUE_SEPARATOR = "\u2029";

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

	/**
	 * The sentences of texts marked whole that have the most matches, the best first and
	 * of equal ones the first; empty when none has a match. Sentences are cut as the
	 * direct Lucene search cuts them, so a list without full stops is one sentence.
	 * @param marked texts with matches in {@code <mark>}, HTML-escaped around them
	 * @param count how many sentences at most
	 */
	static List<String> bestSentences(List<String> marked, int count) {
		List<String> sentences = new ArrayList<>();
		for (String text : values(marked)) {
			BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
			breaks.setText(text);
			for (int start = breaks.first(),
					end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
				String sentence = text.substring(start, end);
				if (sentence.contains(MARK)) {
					sentences.add(sentence);
				}
			}
		}
		return sentences.stream()
			.sorted(Comparator.comparingLong((String sentence) -> MARKS.matcher(sentence).results().count()).reversed())
			.limit(count)
			.toList();
	}

	/**
	 * Each value of a field with matches, marked whole, however the engine returned them:
	 * one per value, or several joined in one text.
	 */
	static List<String> values(List<String> marked) {
		List<String> values = new ArrayList<>();
		for (String text : marked) {
			for (String value : text.split(VALUE_SEPARATOR)) {
				if (value.contains(MARK)) {
					values.add(value);
				}
			}
		}
		return values;
	}

}
