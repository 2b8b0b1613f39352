package io.talknotes.system;

import java.util.Collection;
import java.util.Map;

/**
 * Counts what a feature keeps that names items of the features it builds on, so that
 * those features can show the counts and refuse a deletion that would lose something,
 * without knowing the feature that counts.
 */
public interface UsageCounter {

	/**
	 * How many of what it counts name each item.
	 * @param usage what is counted
	 * @param kind the kind of the items
	 * @param ids the items' ids, not empty
	 * @return counts by item id, items with none left out; empty when this counter keeps
	 * nothing of that usage for that kind
	 */
	Map<Long, Long> count(Usage usage, ItemKind kind, Collection<Long> ids);

}
