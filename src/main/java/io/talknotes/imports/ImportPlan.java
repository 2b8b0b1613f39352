package io.talknotes.imports;

import java.util.List;

import io.talknotes.talk.Talk;

/**
 * What importing a schedule would do, worked out from the file and the talks as they are
 * now: the preview shows it, and applying carries it out.
 *
 * @param conference where the talks go
 * @param sessions every session of the file with the talk it updates, in the order of the
 * file
 * @param cancelled imported talks of the conference the file no longer has
 * @param skipped sessions left out because an earlier one of the file has the same UID
 */
record ImportPlan(ConferenceChoice conference, List<PlannedSession> sessions, List<Talk> cancelled,
		List<ImportedSession> skipped) {

	/**
	 * One session and what it does.
	 *
	 * @param session the session as it will be stored
	 * @param position where it stands in the file, from 1
	 * @param talk the talk imported from it before, or {@code null} when it is new
	 * @param changes what it changes on that talk
	 * @param reinstated whether that talk was cancelled, having been dropped from the
	 * file before
	 */
	record PlannedSession(ImportedSession session, int position, Talk talk, List<FieldChange> changes,
			boolean reinstated) {

		boolean isNew() {
			return this.talk == null;
		}

		boolean isChanged() {
			return this.talk != null && !this.changes.isEmpty();
		}

		boolean isLeftAlone() {
			return this.talk != null && this.changes.isEmpty() && !this.reinstated;
		}

		boolean changes(String field) {
			return this.changes.stream().anyMatch((change) -> change.field().equals(field));
		}

	}

	/** Whether applying would change nothing at all. */
	boolean nothingToChange() {
		return !this.conference.isNew() && this.cancelled.isEmpty()
				&& this.sessions.stream().allMatch(PlannedSession::isLeftAlone);
	}

}
