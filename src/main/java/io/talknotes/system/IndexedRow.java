package io.talknotes.system;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a search document was built from, kept in the document itself: the row's id and
 * numbers that change whenever what the document holds changes (a note's version; the
 * count, id sum and version sum of a talk's notes). After an unclean stop the index is
 * compared with the database on these alone, without reading any text.
 */
public final class IndexedRow {

	/** The keyword field, with doc values, that holds the row of every document. */
	public static final String FIELD = "row";

	private IndexedRow() {
	}

	/**
	 * The row of a document, e.g. {@code 42:3} for note 42 at version 3.
	 * @param id the entity's id
	 * @param state numbers that change with what the document holds
	 */
	public static String of(Long id, long... state) {
		return id + ":" + Arrays.stream(state).mapToObj(Long::toString).collect(Collectors.joining("/"));
	}

	/** The entity id of a row. */
	public static long idOf(String row) {
		return Long.parseLong(row.substring(0, row.indexOf(':')));
	}

}
