package io.talknotes.talk;

/**
 * A talk was given a new slug, in the transaction that renamed it. What names the talk by
 * its slug elsewhere (the search documents of its notes) is brought up to date.
 *
 * @param talkId the talk's id
 * @param oldSlug the slug it had
 * @param newSlug the slug it has now
 */
public record TalkRenamed(Long talkId, String oldSlug, String newSlug) {
}
