package io.talknotes.system;

/**
 * A conference, company, project or speaker got a new name. Published inside the
 * transaction that renames it, so that whatever shows the name (the search documents of
 * talks) follows in the same commit.
 *
 * @param item the item, already renamed
 */
public record NamedEntityRenamed(NamedEntity item) {

}
