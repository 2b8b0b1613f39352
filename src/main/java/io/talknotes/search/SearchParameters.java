package io.talknotes.search;

import io.talknotes.system.Names;
import io.talknotes.talk.TalkKind;

/**
 * A search as the search form and the filter links send it. Every part is optional; a
 * blank or unknown value does not filter, and a page that is not a number is the first.
 *
 * @param q what was typed
 * @param conference the conference filter
 * @param kind kind of session, as {@link TalkKind#getParameter()} writes it
 * @param company the company filter
 * @param project the project filter
 * @param author the author filter
 * @param page the page wanted, from 1
 */
record SearchParameters(String q, String conference, String kind, String company, String project, String author,
		String page) {

	/** What to look for. */
	SearchQuery query() {
		return SearchQuery.parse(this.q);
	}

	/** The search with its filters and page. */
	SearchRequest request() {
		return new SearchRequest(query(), value(this.conference), TalkKind.fromParameter(this.kind),
				value(this.company), value(this.project), value(this.author), pageNumber());
	}

	private int pageNumber() {
		try {
			return (this.page != null) ? Integer.parseInt(this.page.strip()) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static String value(String value) {
		return Names.orNull(Names.clean(value));
	}

}
