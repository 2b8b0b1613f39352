/**
 * Conferences: the editions whose talks people attended, and the conference page with its
 * talks and how many notes and figures they have.
 */
package io.talknotes.conference;
