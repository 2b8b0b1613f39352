package io.talknotes.talk;

import java.time.ZonedDateTime;
import java.util.List;

import io.talknotes.system.NamedLink;

/**
 * A talk as shown in lists.
 *
 * @param slug the talk's slug
 * @param title the title
 * @param kind the kind of session
 * @param conference the conference it belongs to
 * @param companies the presenting companies
 * @param projects the projects it covers
 * @param attended whether we attended it
 * @param noteCount how many notes it has
 * @param figureCount how many figures were quoted in it
 * @param cancelled whether it was called off
 * @param startsAt when it starts, in the conference's time zone, or {@code null} when not
 * known
 * @param speakers who gave it
 */
public record TalkSummary(String slug, String title, TalkKind kind, NamedLink conference, List<NamedLink> companies,
		List<NamedLink> projects, boolean attended, long noteCount, long figureCount, boolean cancelled,
		ZonedDateTime startsAt, List<NamedLink> speakers) {

	/** Attended, but nobody wrote notes yet. */
	public boolean isAwaitingNotes() {
		return this.attended && this.noteCount == 0;
	}

}
