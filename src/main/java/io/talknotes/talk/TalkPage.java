package io.talknotes.talk;

import java.util.List;

/**
 * One page of the talk list.
 *
 * @param talks the talks on this page
 * @param number the page's number, from 1
 * @param pages how many pages there are, at least 1
 * @param total how many talks match, on all pages
 */
public record TalkPage(List<TalkSummary> talks, int number, int pages, long total) {

	/** Whether a page comes before this one. */
	public boolean hasPrevious() {
		return this.number > 1;
	}

	/** Whether a page comes after this one. */
	public boolean hasNext() {
		return this.number < this.pages;
	}

}
