package io.talknotes.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * The sentence boundaries of a text, found in one forward pass of the JDK's sentence
 * iterator and then looked up. Marking a text asks for the sentence around each match,
 * and the JDK's iterator finds each by going back over the text: a fifth of the time
 * spent marking note passages. The pass goes only as far as it is asked to: the sentences
 * after a text's last match are never looked for.
 */
final class SentenceBreaks extends BreakIterator {

	private final BreakIterator sentences;

	private String text = "";

	private int[] boundaries = { 0 };

	/** How many boundaries are found so far. */
	private int count = 1;

	/** Whether the pass has reached the end of the text. */
	private boolean complete = true;

	/** Which boundary is the current one. */
	private int at;

	/**
	 * Sentence boundaries as an iterator finds them.
	 * @param sentences the JDK's sentence iterator
	 */
	SentenceBreaks(BreakIterator sentences) {
		this.sentences = sentences;
	}

	@Override
	public void setText(String text) {
		this.text = text;
		this.sentences.setText(text);
		if (this.boundaries.length == 1) {
			this.boundaries = new int[16];
		}
		this.boundaries[0] = this.sentences.first();
		this.count = 1;
		this.complete = false;
		this.at = 0;
	}

	/**
	 * Goes on with the pass until a boundary after the offset is found or the text ends.
	 */
	private void findPast(int offset) {
		while (!this.complete && this.boundaries[this.count - 1] <= offset) {
			findNext();
		}
	}

	/**
	 * Goes on with the pass until the boundary of this index is found or the text ends.
	 */
	private void findUpTo(int index) {
		while (!this.complete && this.count <= index) {
			findNext();
		}
	}

	private void findNext() {
		int boundary = this.sentences.next();
		if (boundary == DONE) {
			this.complete = true;
			return;
		}
		if (this.count == this.boundaries.length) {
			this.boundaries = Arrays.copyOf(this.boundaries, this.count * 2);
		}
		this.boundaries[this.count++] = boundary;
	}

	@Override
	public void setText(CharacterIterator text) {
		StringBuilder chars = new StringBuilder(text.getEndIndex() - text.getBeginIndex());
		for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) {
			chars.append(c);
		}
		setText(chars.toString());
	}

	@Override
	public CharacterIterator getText() {
		StringCharacterIterator chars = new StringCharacterIterator(this.text);
		chars.setIndex(current());
		return chars;
	}

	@Override
	public int first() {
		this.at = 0;
		return current();
	}

	@Override
	public int last() {
		findUpTo(Integer.MAX_VALUE);
		this.at = this.count - 1;
		return current();
	}

	@Override
	public int next(int n) {
		int to = this.at + n;
		findUpTo(to);
		if (to < 0 || to >= this.count) {
			this.at = (to < 0) ? 0 : this.count - 1;
			return DONE;
		}
		this.at = to;
		return current();
	}

	@Override
	public int next() {
		return next(1);
	}

	@Override
	public int previous() {
		return next(-1);
	}

	@Override
	public int following(int offset) {
		checkOffset(offset);
		findPast(offset);
		// The first boundary after the offset.
		int found = Arrays.binarySearch(this.boundaries, 0, this.count, offset + 1);
		int index = (found >= 0) ? found : -found - 1;
		if (index >= this.count) {
			this.at = this.count - 1;
			return DONE;
		}
		this.at = index;
		return current();
	}

	@Override
	public int preceding(int offset) {
		checkOffset(offset);
		findPast(offset - 1);
		// The last boundary before the offset.
		int found = Arrays.binarySearch(this.boundaries, 0, this.count, offset);
		int index = ((found >= 0) ? found : -found - 1) - 1;
		if (index < 0) {
			this.at = 0;
			return DONE;
		}
		this.at = index;
		return current();
	}

	@Override
	public int current() {
		return this.boundaries[this.at];
	}

	private void checkOffset(int offset) {
		if (offset < 0 || offset > this.text.length()) {
			throw new IllegalArgumentException("offset " + offset + " is outside the text, of " + this.text.length());
		}
	}

}
