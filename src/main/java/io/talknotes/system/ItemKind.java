package io.talknotes.system;

/**
 * The kinds of item that have a page of their own, and that features built on them add to
 * or count by.
 */
public enum ItemKind {

	CONFERENCE, COMPANY, PROJECT, SPEAKER, TALK

}
