/**
 * Talks: the sessions of a conference, who presented them and what they covered. Owns the
 * talk list with its filters, the talk page, which gathers the talk's figures and notes,
 * the forms editors add, change, cancel and delete talks with, and the schedule of a
 * conference's talks by day, time and room.
 */
package io.talknotes.talk;
