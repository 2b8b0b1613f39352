package io.talknotes.search;

/**
 * Finds talks by keyword in their titles, abstracts, notes, figures and the names of
 * their companies, speakers and projects; best match first, with the matching words
 * marked. Two implementations are held to the same tests: {@link LuceneTalkSearch} reads
 * the Lucene index directly, the default and fastest on one node; {@link DslTalkSearch}
 * goes through the query language of Hibernate Search and so runs on its Elasticsearch
 * (OpenSearch) backend too. {@code talknotes.search.engine} chooses one
 * ({@link TalkSearchConfiguration}).
 */
public interface TalkSearch {

	/**
	 * Runs a search. When the query as typed finds nothing, tries again tolerating typos
	 * and suggests the spelling that matched.
	 * @param request what to look for, the filters chosen and the page wanted
	 * @return one page of results, with counts per filter value
	 * @throws SearchTooLargeException when the query analyses to more terms than the
	 * engine takes at once
	 */
	SearchResults search(SearchRequest request);

}
