package io.talknotes.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link UsageCounter} of the application, asked together.
 */
@Component
public class Usages {

	private final List<UsageCounter> counters;

	public Usages(ObjectProvider<UsageCounter> counters) {
		this.counters = counters.orderedStream().toList();
	}

	/** How many of what is counted name each of the items, by item id. */
	public Map<Long, Long> count(Usage usage, ItemKind kind, Collection<Long> ids) {
		Map<Long, Long> counts = new HashMap<>();
		if (!ids.isEmpty()) {
			this.counters.forEach(
					(counter) -> counter.count(usage, kind, ids).forEach((id, n) -> counts.merge(id, n, Long::sum)));
		}
		return counts;
	}

	/** How many of what is counted name the item. */
	public long count(Usage usage, ItemKind kind, Long id) {
		return count(usage, kind, List.of(id)).getOrDefault(id, 0L);
	}

}
