/**
 * Search: the index of talks and notes and the search page. Owns the search mapping of
 * what the entities do not carry (a talk's notes and figures, note passages), text
 * analysis, the queries run on Lucene directly, highlighting, filters, index building and
 * its reconciliation with the database after an unclean stop.
 */
package io.talknotes.search;
