package io.talknotes.system;

import java.util.Collection;
import java.util.HashSet;
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
		if (from.equals(to)) {
			return;
		}
		this.slugs.findById(new FormerSlug.Key(kind, to)).ifPresent(this.slugs::delete);
		this.slugs.flush();
		for (FormerSlug older : this.slugs.findByKindAndCurrentSlug(kind, from)) {
			older.movedTo(to);
		}
		this.slugs.save(new FormerSlug(kind, from, to));
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
	 * Which of these slugs items of that kind had before they were renamed, in one
	 * lookup: none of them is free for another item. For work that gives many slugs at
	 * once, such as an import.
	 * @param kind what the items are ("talk")
	 * @param slugs the slugs to check
	 * @return those that are an item's old slug
	 */
	public Set<String> formerAmong(String kind, Collection<String> slugs) {
		return slugs.isEmpty() ? Set.of() : new HashSet<>(this.slugs.findSlugs(kind, slugs));
	}

	/**
	 * A free slug for a new or renamed item, one that neither another item nor another
	 * item's old address uses. A renamed item may keep its slug or go back to one of its
	 * own old ones.
	 * @param kind what the item is ("talk")
	 * @param name the item's name
	 * @param fallback the slug to start from when the name gives none
	 * @param own the item's slug now, or {@code null} for a new item
	 * @param taken whether an item of that kind has the slug now
	 * @return the slug
	 */
	public String unique(String kind, String name, String fallback, String own, Predicate<String> taken) {
		return Slugs.unique(name, fallback, (slug) -> !slug.equals(own)
				&& (taken.test(slug) || current(kind, slug).filter((current) -> !current.equals(own)).isPresent()));
	}

}
