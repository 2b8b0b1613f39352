package io.talknotes.search;

import io.talknotes.talk.TalkKind;

/**
 * A search with its filters and the page wanted.
 *
 * @param query what to look for
 * @param conference only talks of the conference with this slug
 * @param kind only talks of this kind
 * @param company only talks presented by the company with this slug
 * @param project only talks about the project with this slug
 * @param author only talks with notes by this author
 * @param page the page wanted, from 1
 */
public record SearchRequest(SearchQuery query, String conference, TalkKind kind, String company, String project,
		String author, int page) {

	/** Results per page. */
	public static final int PAGE_SIZE = 10;

	/** Deepest page served; a narrower search is the better way further. */
	public static final int MAX_PAGE = 100;

	public SearchRequest {
		page = Math.max(1, Math.min(page, MAX_PAGE));
	}

	/** A search for what was typed, with no filter, first page. */
	public static SearchRequest of(String typed) {
		return new SearchRequest(SearchQuery.parse(typed), null, null, null, null, null, 1);
	}

	int offset() {
		return (this.page - 1) * PAGE_SIZE;
	}

}
