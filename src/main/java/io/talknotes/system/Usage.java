package io.talknotes.system;

/**
 * What names an item of another feature and would be lost or changed with it: the talks
 * of a company, the figures about a project, the notes of a conference's talks.
 */
public enum Usage {

	TALKS, SPEAKERS, NOTES, TRASHED_NOTES, FIGURES

}
