package io.talknotes.speaker;

/**
 * What deleting a speaker would do: take them off their talks.
 *
 * @param speaker the speaker
 * @param talkCount how many talks they would be taken off
 */
public record SpeakerDeletion(SpeakerDetails speaker, long talkCount) {

}
