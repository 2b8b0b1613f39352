package io.talknotes.imports;

import java.util.List;

import io.talknotes.system.NamedLink;
import io.talknotes.talk.TalkKind;

/**
 * What applying an import would do, as its preview shows it.
 *
 * @param conferenceName the conference it goes to
 * @param conferenceSlug that conference's slug, or {@code null} when applying creates it
 * @param sessions how many sessions the file has
 * @param added sessions that would become new talks
 * @param changed talks that would change, with what changes
 * @param reinstated talks dropped from the schedule before that are back, with what else
 * changes
 * @param cancelled talks imported before that the file no longer has
 * @param leftAlone talks that stay as they are
 * @param skipped sessions left out because an earlier one has the same UID
 */
public record ImportPreview(String conferenceName, String conferenceSlug, int sessions, List<SessionLine> added,
		List<ChangedTalk> changed, List<ChangedTalk> reinstated, List<NamedLink> cancelled, List<NamedLink> leftAlone,
		List<SessionLine> skipped) {

	/** Whether the conference is created by applying. */
	public boolean isNewConference() {
		return this.conferenceSlug == null;
	}

	/** Whether applying would change nothing. */
	public boolean isNothingToChange() {
		return !isNewConference() && this.added.isEmpty() && this.changed.isEmpty() && this.reinstated.isEmpty()
				&& this.cancelled.isEmpty();
	}

	/**
	 * A session as the preview lists it.
	 *
	 * @param title its title
	 * @param kind its kind
	 * @param when its day and times in the conference's time zone, or {@code null}
	 * @param room its room, or {@code null}
	 * @param speakers its speakers' names, or {@code null}
	 */
	public record SessionLine(String title, TalkKind kind, String when, String room, String speakers) {

	}

	/**
	 * A talk an import changes.
	 *
	 * @param slug its slug now
	 * @param title its title now
	 * @param changes what changes
	 */
	public record ChangedTalk(String slug, String title, List<FieldChange> changes) {

	}

}
