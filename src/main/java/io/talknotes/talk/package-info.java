/**
 * Talks: the sessions of a conference, who presented them and what they covered. Owns the
 * talk list with its filters and the talk page, which gathers the talk's figures and
 * notes.
 */
package io.talknotes.talk;
