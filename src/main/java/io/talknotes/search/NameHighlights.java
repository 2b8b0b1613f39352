package io.talknotes.search;

import java.util.List;

/**
 * The names of a talk's speakers and companies in which a search matched, each with the
 * matching words in {@code <mark>} and HTML-escaped around them.
 *
 * @param speakers the speakers' names that matched
 * @param companies the companies' names that matched
 */
public record NameHighlights(List<String> speakers, List<String> companies) {

	/** No name matched. */
	static final NameHighlights NONE = new NameHighlights(List.of(), List.of());

	/** Whether no name matched. */
	public boolean isEmpty() {
		return this.speakers.isEmpty() && this.companies.isEmpty();
	}

}
