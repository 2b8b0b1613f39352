/**
 * Speakers: the people who gave talks and the company they spoke for.
 */
package io.talknotes.speaker;
