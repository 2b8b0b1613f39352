package io.talknotes.talk;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import io.talknotes.system.NamedLink;

/**
 * Everything the talk page shows about the talk itself; its notes and figures come from
 * their own features.
 *
 * @param id the talk's id
 * @param slug the slug
 * @param title the title
 * @param subtitle the line under the title, when known
 * @param kind the kind of session
 * @param abstractText the abstract, when known
 * @param description the longer description in plain text, when known
 * @param startsAt when it starts, in the conference's time zone, when known
 * @param endsAt when it ends, in the conference's time zone, when known
 * @param room where it takes place, when known
 * @param track the conference track it belongs to, when known
 * @param conference the conference
 * @param speakers who spoke
 * @param companies the presenting companies
 * @param projects the covered projects
 * @param links schedule, slides and video links that are known
 * @param attended whether we attended it
 * @param cancelled whether it was called off
 */
public record TalkDetails(Long id, String slug, String title, String subtitle, TalkKind kind, String abstractText,
		String description, ZonedDateTime startsAt, ZonedDateTime endsAt, String room, String track,
		NamedLink conference, List<NamedLink> speakers, List<NamedLink> companies, List<NamedLink> projects,
		List<TalkLink> links, boolean attended, boolean cancelled) {

	/** The description's paragraphs, split at blank lines; empty when there is none. */
	public List<String> descriptionParagraphs() {
		if (this.description == null) {
			return List.of();
		}
		return Arrays.stream(this.description.split("\\n\\s*\\n"))
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.toList();
	}

	/** Whether it ends on the day it starts, so that the end is shown as a time only. */
	public boolean endsOnTheDayItStarts() {
		return this.startsAt != null && this.endsAt != null
				&& this.startsAt.toLocalDate().equals(this.endsAt.toLocalDate());
	}

	/**
	 * A link to material about the talk.
	 *
	 * @param messageKey the message that says what it is, e.g. {@code talk.link.slides}
	 * @param url where it is
	 */
	public record TalkLink(String messageKey, String url) {

	}

}
