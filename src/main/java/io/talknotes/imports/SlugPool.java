package io.talknotes.imports;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.talknotes.system.FormerSlugs;
import io.talknotes.system.Slugs;

/**
 * Slugs for the many items of one kind an import adds, under the same rules as
 * {@link FormerSlugs#unique}: no other item has the slug now or had it before. Which of
 * the slugs the names would give are free is looked up for all of them at once; a name
 * whose slug is taken goes through {@link FormerSlugs#unique}.
 */
final class SlugPool {

	/** How many slugs one lookup asks for. */
	private static final int CHUNK = 500;

	private final String kind;

	private final FormerSlugs formerSlugs;

	private final Predicate<String> exists;

	private final Set<String> free = new HashSet<>();

	private final Set<String> given = new HashSet<>();

	/**
	 * @param kind what the items are ("talk")
	 * @param names the names of the items that may need a slug
	 * @param takenAmong which of some slugs items have now
	 * @param exists whether an item has a slug now
	 */
	SlugPool(String kind, Collection<String> names, FormerSlugs formerSlugs,
			Function<Collection<String>, Collection<String>> takenAmong, Predicate<String> exists) {
		this.kind = kind;
		this.formerSlugs = formerSlugs;
		this.exists = exists;
		List<String> slugs = names.stream().map(Slugs::of).filter((slug) -> !slug.isEmpty()).distinct().toList();
		for (int from = 0; from < slugs.size(); from += CHUNK) {
			List<String> chunk = slugs.subList(from, Math.min(slugs.size(), from + CHUNK));
			this.free.addAll(chunk);
			this.free.removeAll(takenAmong.apply(chunk));
			this.free.removeAll(formerSlugs.unavailableAmong(kind, chunk));
		}
	}

	/**
	 * A slug for an item with that name.
	 * @param own the item's slug now, or {@code null} for a new item
	 */
	String slugFor(String name, String own) {
		String slug = Slugs.of(name);
		if (!this.free.contains(slug) || this.given.contains(slug)) {
			slug = this.formerSlugs.unique(this.kind, name, this.kind, own,
					(candidate) -> this.given.contains(candidate) || this.exists.test(candidate));
		}
		this.given.add(slug);
		return slug;
	}

}
