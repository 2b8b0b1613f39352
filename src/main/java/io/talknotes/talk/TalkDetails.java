package io.talknotes.talk;

import java.time.ZonedDateTime;
import java.util.List;

import io.talknotes.system.NamedLink;

/**
 * Everything the talk page shows about the talk itself; its notes and figures come from
 * their own features.
 *
 * @param id the talk's id
 * @param slug the slug
 * @param title the title
 * @param kind the kind of session
 * @param abstractText the abstract, when known
 * @param startsAt when it started, in the conference's time zone, when known
 * @param room where it took place, when known
 * @param conference the conference
 * @param speakers who spoke
 * @param companies the presenting companies
 * @param projects the covered projects
 * @param links schedule, slides and video links that are known
 * @param attended whether we attended it
 */
public record TalkDetails(Long id, String slug, String title, TalkKind kind, String abstractText,
		ZonedDateTime startsAt, String room, NamedLink conference, List<NamedLink> speakers, List<NamedLink> companies,
		List<NamedLink> projects, List<TalkLink> links, boolean attended) {

	/**
	 * A link to material about the talk.
	 *
	 * @param label what it is, e.g. "Slides"
	 * @param url where it is
	 */
	public record TalkLink(String label, String url) {

	}

}
