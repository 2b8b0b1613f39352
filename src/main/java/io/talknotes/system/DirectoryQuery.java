package io.talknotes.system;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a directory page is asked for: words its entries' names hold, and an order. Bound
 * from the query parameters {@code q} and {@code sort}; every part is optional.
 *
 * @param q words the name holds, ignoring case
 * @param sort {@code name} (the default), {@code talks} or {@code figures}
 */
public record DirectoryQuery(String q, String sort) {

	/** Words are cut to this length: no name is longer. */
	private static final int MAX_TEXT = 200;

	/** The words looked for, tidied, or {@code null} for all entries. */
	public String text() {
		String text = Names.orNull(Names.clean(this.q));
		return (text != null && text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text;
	}

	/** The order asked for: {@code name} unless another known one. */
	public String order() {
		return ("talks".equals(this.sort) || "figures".equals(this.sort)) ? this.sort : "name";
	}

	/**
	 * The entries whose name holds the words, in the order asked for; among entries with
	 * as many talks or figures, by name.
	 * @param <T> the kind of entry
	 * @param entries the entries by name
	 * @return those that match, sorted
	 */
	public <T extends DirectoryEntry> List<T> apply(List<T> entries) {
		String text = text();
		String words = (text != null) ? text.toLowerCase(Locale.ROOT) : null;
		Comparator<DirectoryEntry> byName = Comparator.comparing(DirectoryEntry::name, String.CASE_INSENSITIVE_ORDER);
		Comparator<DirectoryEntry> order = switch (order()) {
			case "talks" -> Comparator.comparingLong(DirectoryEntry::talkCount).reversed().thenComparing(byName);
			case "figures" -> Comparator.comparingLong(DirectoryEntry::figureCount).reversed().thenComparing(byName);
			default -> byName;
		};
		return entries.stream()
			.filter((entry) -> words == null || entry.name().toLowerCase(Locale.ROOT).contains(words))
			.sorted(order)
			.toList();
	}

}
