package io.talknotes.conference;

/**
 * A conference with the number of talks, notes and figures Talknotes holds for it.
 *
 * @param conference the conference
 * @param talkCount how many of its talks are recorded
 * @param noteCount how many notes those talks have
 * @param figureCount how many figures were quoted in them
 */
public record ConferenceStats(Conference conference, long talkCount, long noteCount, long figureCount) {

}
