package io.talknotes.note;

import java.time.Instant;

/**
 * One version of a note's text: the first one written is number 1, the current one has
 * the highest number.
 *
 * @param number the version's number, from 1
 * @param author who wrote this version
 * @param writtenAt when it was saved
 * @param body its Markdown
 * @param html its Markdown rendered to safe HTML
 * @param current whether it is the note's text now
 */
public record NoteVersion(int number, String author, Instant writtenAt, String body, String html, boolean current) {

}
