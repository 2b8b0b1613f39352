/**
 * Search: the index of talks and notes and the search page. Owns the search mapping of
 * what the entities do not carry (a talk's notes and figures, note passages), text
 * analysis on Lucene and on Elasticsearch/OpenSearch, the two ways of searching behind
 * {@link io.talknotes.search.TalkSearch} (on Lucene directly, or through the query
 * language of Hibernate Search), highlighting, filters, index building and its
 * reconciliation with the database after an unclean stop.
 */
package io.talknotes.search;
