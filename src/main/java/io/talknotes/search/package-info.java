/**
 * Search: the index of talks and notes and the search page. Owns the search mapping of
 * what the entities do not carry (a talk's notes and figures, note passages), text
 * analysis on Lucene and on Elasticsearch/OpenSearch, the two ways of searching behind
 * {@link io.talknotes.search.TalkSearch} (on Lucene directly, or through the query
 * language of Hibernate Search), highlighting, filters, index building (when the
 * fingerprint of the mapping and analysis changed; a shared index by one node under a
 * database lock), how nodes coordinate indexing, and the reconciliation of a local index
 * with the database after an unclean stop.
 */
package io.talknotes.search;
