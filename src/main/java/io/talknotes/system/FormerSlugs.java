package io.talknotes.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps published addresses working: when a conference, talk, speaker, company or project
 * is renamed its old slug is remembered, requests for it are redirected to the new one,
 * and no other item may take it.
 */
@Service
@Transactional(readOnly = true)
public class FormerSlugs {

	/**
	 * No item is addressed as "new": {@code /conferences/new} is the form that makes one.
	 */
	static final String RESERVED = "new";

	private final FormerSlugRepository slugs;

	FormerSlugs(FormerSlugRepository slugs) {
		this.slugs = slugs;
	}

	/**
	 * Remembers that an item of that kind moved from one slug to another. Older slugs of
	 * the item follow it to the new one; going back to an old slug makes it current
	 * again.
	 * @param kind what the item is, as its {@link NotFoundException} names it ("talk")
	 * @param from the slug it had
	 * @param to the slug it has now
	 */
	@Transactional
	public void renamed(String kind, String from, String to) {
		renamed(kind, Map.of(from, to));
	}

	/**
	 * Remembers that many items of that kind moved at once, such as the talks an import
	 * renames, with as many lookups and writes as for one. Each item moves to a slug that
	 * no other item has now, so that no item's new slug is another's old one.
	 * @param kind what the items are ("talk")
	 * @param moves the slug each item had, and the slug it has now
	 * @see #renamed(String, String, String)
	 */
	@Transactional
	public void renamed(String kind, Map<String, String> moves) {
		Map<String, String> moved = new HashMap<>(moves);
		moved.entrySet().removeIf((move) -> move.getKey().equals(move.getValue()));
		if (moved.isEmpty()) {
			return;
		}
		this.slugs.deleteAll(this.slugs.findByKindAndSlugIn(kind, moved.values()));
		// The deletes go first: at a flush Hibernate inserts before it deletes
		this.slugs.flush();
		for (FormerSlug older : this.slugs.findByKindAndCurrentSlugIn(kind, moved.keySet())) {
			older.movedTo(moved.get(older.getCurrentSlug()));
		}
		moved.forEach((from, to) -> this.slugs.save(new FormerSlug(kind, from, to)));
	}

	/**
	 * Forgets the old slugs of an item that was deleted, so that they lead nowhere and a
	 * new item may take them.
	 * @param kind what the item was ("talk")
	 * @param slug the slug it had when it was deleted
	 */
	@Transactional
	public void forget(String kind, String slug) {
		this.slugs.deleteAll(this.slugs.findByKindAndCurrentSlug(kind, slug));
	}

	/**
	 * The slug an item that once had this slug has now.
	 * @param kind what the item is ("talk")
	 * @param slug the slug that matched no item
	 * @return its current slug, or empty when no item of that kind ever had it
	 */
	public Optional<String> current(String kind, String slug) {
		return this.slugs.findById(new FormerSlug.Key(kind, slug)).map(FormerSlug::getCurrentSlug);
	}

	/**
	 * Which of these slugs no new item of that kind may take, in one lookup: those
	 * another item had before it was renamed, and "new". For work that gives many slugs
	 * at once, such as an import; the others are free unless an item has them now.
	 * @param kind what the items are ("talk")
	 * @param slugs the slugs to check
	 * @return those that are not free
	 */
	public Set<String> unavailableAmong(String kind, Collection<String> slugs) {
		Set<String> unavailable = new HashSet<>(slugs.isEmpty() ? List.of() : this.slugs.findSlugs(kind, slugs));
		if (slugs.contains(RESERVED)) {
			unavailable.add(RESERVED);
		}
		return unavailable;
	}

	/**
	 * A free slug for a new or renamed item, one that neither another item nor another
	 * item's old address uses, and not "new", the address of the form that makes one. A
	 * renamed item may keep its slug or go back to one of its own old ones.
	 * @param kind what the item is ("talk")
	 * @param name the item's name
	 * @param fallback the slug to start from when the name gives none
	 * @param own the item's slug now, or {@code null} for a new item
	 * @param taken whether an item of that kind has the slug now
	 * @return the slug
	 */
	public String unique(String kind, String name, String fallback, String own, Predicate<String> taken) {
		return Slugs.unique(name, fallback, (slug) -> slug.equals(RESERVED) || !slug.equals(own)
				&& (taken.test(slug) || current(kind, slug).filter((current) -> !current.equals(own)).isPresent()));
	}

}
