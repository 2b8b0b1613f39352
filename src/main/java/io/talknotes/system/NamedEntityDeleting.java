package io.talknotes.system;

/**
 * A conference, company, project or speaker is about to be deleted. Published inside the
 * transaction that deletes it, before the delete, so that what refers to it (talks,
 * speakers) lets go of it first.
 *
 * @param item the item, still there
 */
public record NamedEntityDeleting(NamedEntity item) {

}
