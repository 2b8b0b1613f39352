package io.talknotes.note;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import io.talknotes.note.DiffLine.Change;
import io.talknotes.note.DiffLine.Segment;

/**
 * Compares two texts line by line, and the lines that changed word by word, so that a
 * reader sees which words of a bullet were edited rather than two whole bullets.
 */
final class TextDiff {

	/** Words, runs of blanks, and any other character on its own. */
	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|\\s+|.");

	private TextDiff() {
	}

	/** The lines of the newer text with those of the older one it no longer has. */
	static List<DiffLine> lines(String older, String newer) {
		List<String> from = older.lines().toList();
		List<String> to = newer.lines().toList();
		List<DiffLine> lines = new ArrayList<>();
		int next = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
			Chunk<String> source = delta.getSource();
			while (next < source.getPosition()) {
				lines.add(whole(Change.KEPT, from.get(next++)));
			}
			changed(source.getLines(), delta.getTarget().getLines(), lines);
			next = source.getPosition() + source.size();
		}
		while (next < from.size()) {
			lines.add(whole(Change.KEPT, from.get(next++)));
		}
		return lines;
	}

	/**
	 * Lines replaced by others: the removed ones first, then the added ones, as a unified
	 * diff shows them. Lines paired by their place mark the words that changed.
	 */
	private static void changed(List<String> removed, List<String> added, List<DiffLine> lines) {
		int paired = Math.min(removed.size(), added.size());
		List<DiffLine> addedLines = new ArrayList<>();
		for (int i = 0; i < removed.size(); i++) {
			List<Segment> older = new ArrayList<>();
			List<Segment> newer = new ArrayList<>();
			if (i < paired && words(removed.get(i), added.get(i), older, newer)) {
				lines.add(new DiffLine(Change.REMOVED, older));
				addedLines.add(new DiffLine(Change.ADDED, newer));
			}
			else if (i < paired) {
				lines.add(whole(Change.REMOVED, removed.get(i)));
				addedLines.add(whole(Change.ADDED, added.get(i)));
			}
			else {
				lines.add(whole(Change.REMOVED, removed.get(i)));
			}
		}
		lines.addAll(addedLines);
		for (int i = paired; i < added.size(); i++) {
			lines.add(whole(Change.ADDED, added.get(i)));
		}
	}

	/**
	 * Splits two versions of a line into pieces, the words that differ marked.
	 * @return whether the lines are alike enough for marked words to help: at least half
	 * of the shorter one is kept. Two unrelated bullets read better as whole lines.
	 */
	private static boolean words(String older, String newer, List<Segment> olderSegments, List<Segment> newerSegments) {
		List<String> from = tokens(older);
		List<String> to = tokens(newer);
		int next = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
			Chunk<String> source = delta.getSource();
			String same = String.join("", from.subList(next, source.getPosition()));
			append(olderSegments, same, false);
			append(newerSegments, same, false);
			append(olderSegments, String.join("", source.getLines()), true);
			append(newerSegments, String.join("", delta.getTarget().getLines()), true);
			next = source.getPosition() + source.size();
		}
		String rest = String.join("", from.subList(next, from.size()));
		append(olderSegments, rest, false);
		append(newerSegments, rest, false);
		int kept = olderSegments.stream().filter((segment) -> !segment.changed()).mapToInt(TextDiff::visible).sum();
		return kept * 2 >= Math.min(visible(older), visible(newer));
	}

	private static int visible(Segment segment) {
		return visible(segment.text());
	}

	/** The characters of a text that are not blanks. */
	private static int visible(String text) {
		return (int) text.chars().filter((c) -> !Character.isWhitespace(c)).count();
	}

	private static List<String> tokens(String line) {
		return TOKEN.matcher(line).results().map((match) -> match.group()).toList();
	}

	/** Adds a piece, joined to the last one when both are marked alike. */
	private static void append(List<Segment> segments, String text, boolean changed) {
		if (text.isEmpty()) {
			return;
		}
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).changed() == changed) {
			segments.set(last, new Segment(segments.get(last).text() + text, changed));
		}
		else {
			segments.add(new Segment(text, changed));
		}
	}

	private static DiffLine whole(Change change, String line) {
		return new DiffLine(change, line.isEmpty() ? List.of() : List.of(new Segment(line, change != Change.KEPT)));
	}

}
