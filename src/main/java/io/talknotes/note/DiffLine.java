package io.talknotes.note;

import java.util.List;

/**
 * A line of a diff between two texts: kept, removed or added. A removed or added line
 * that has a counterpart in the other text marks only the words that changed.
 *
 * @param change whether the line is kept, removed or added
 * @param segments the line's text in pieces, the changed ones marked
 */
public record DiffLine(Change change, List<Segment> segments) {

	/** What happened to a line. */
	public enum Change {

		KEPT, REMOVED, ADDED

	}

	/**
	 * A piece of a line.
	 *
	 * @param text the text
	 * @param changed whether it was removed (on a removed line) or added (on an added
	 * one)
	 */
	public record Segment(String text, boolean changed) {

	}

	/** Whether the line is in the older text only. */
	public boolean isRemoved() {
		return this.change == Change.REMOVED;
	}

	/** Whether the line is in the newer text only. */
	public boolean isAdded() {
		return this.change == Change.ADDED;
	}

}
