/**
 * Talks: the sessions of a conference, who presented them and what they covered. Owns the
 * talk list with its filters, the talk page (the notes and figures on it are added by
 * their own features as page parts), the forms editors add, change, cancel and delete
 * talks with, and the schedule of a conference's talks by day, time and room.
 */
package io.talknotes.talk;
