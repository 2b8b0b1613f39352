package io.talknotes.system;

import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every conference, company, project and speaker goes through when it is made,
 * renamed or deleted by hand: a name no other item of its kind has, a slug made from it
 * that no other item nor old address uses, its old slug remembered when it is renamed,
 * and the features that show its name or refer to it told.
 */
@Service
@Transactional(readOnly = true)
public class NamedEntities {

	private final FormerSlugs formerSlugs;

	private final ApplicationEventPublisher events;

	NamedEntities(FormerSlugs formerSlugs, ApplicationEventPublisher events) {
		this.formerSlugs = formerSlugs;
		this.events = events;
	}

	/**
	 * Makes sure that no other item of the kind has the name.
	 * @param holder the item of the kind that has the name, whatever its case, if any
	 * @param self the item that is to have the name, or {@code null} for a new one
	 * @throws NameTakenException when another item has it
	 */
	public void requireFree(Optional<? extends NamedEntity> holder, NamedEntity self) {
		if (holder.isPresent() && (self == null || !holder.get().getId().equals(self.getId()))) {
			throw new NameTakenException(holder.get());
		}
	}

	/**
	 * The slug for a new item with that name.
	 * @param kind what the item is, as its not-found exception names it ("company")
	 * @param name the item's name
	 * @param taken whether an item of the kind has a slug now
	 */
	public String slugFor(String kind, String name, Predicate<String> taken) {
		return this.formerSlugs.unique(kind, name, kind, null, taken);
	}

	/**
	 * Gives an item a new name, and a slug made from it unless the name differs only in
	 * case or punctuation. Its old slug keeps leading to it, and the features that show
	 * its name are told. Nothing happens when the name is the same.
	 * @param kind what the item is ("company")
	 * @param item the item
	 * @param name its new name
	 * @param taken whether an item of the kind has a slug now
	 */
	@Transactional
	public void rename(String kind, NamedEntity item, String name, Predicate<String> taken) {
		if (name.equals(item.getName())) {
			return;
		}
		String from = item.getSlug();
		// A name that reads the same as a slug (its case or punctuation changed) keeps
		// the
		// slug, even one chosen by hand
		String to = Slugs.of(name).equals(Slugs.of(item.getName())) ? from
				: this.formerSlugs.unique(kind, name, kind, from, taken);
		item.rename(name, to);
		this.formerSlugs.renamed(kind, from, to);
		this.events.publishEvent(new NamedEntityRenamed(item));
	}

	/**
	 * Lets what refers to an item that is about to be deleted let go of it, and forgets
	 * its old slugs.
	 * @param kind what the item is ("company")
	 * @param item the item, deleted next
	 */
	@Transactional
	public void deleting(String kind, NamedEntity item) {
		this.events.publishEvent(new NamedEntityDeleting(item));
		this.formerSlugs.forget(kind, item.getSlug());
	}

}
