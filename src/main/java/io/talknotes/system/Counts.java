package io.talknotes.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of a {@code select id, count(…) … group by id} query.
 */
public final class Counts {

	private Counts() {
	}

	/** The count per id; ids without rows are absent. */
	public static Map<Long, Long> byId(List<Object[]> rows) {
		Map<Long, Long> counts = new HashMap<>();
		rows.forEach((row) -> counts.put((Long) row[0], (Long) row[1]));
		return counts;
	}

}
