package io.talknotes.talk;

import io.talknotes.system.Names;

/**
 * The talk list's filters as its query parameters send them. Every part is optional; a
 * blank or unknown value does not filter.
 *
 * @param conference slug of the conference
 * @param kind kind of session, as {@link TalkKind#getParameter()} writes it
 * @param company slug of a presenting company
 * @param project slug of a covered project
 * @param notes {@code with} or {@code without}
 * @param attended {@code true} or {@code false}
 */
record TalkListQuery(String conference, String kind, String company, String project, String notes, String attended) {

	/** The filter the list is narrowed by. */
	TalkFilter filter() {
		return new TalkFilter(slug(this.conference), TalkKind.fromParameter(this.kind), slug(this.company),
				slug(this.project), TalkFilter.NotesFilter.fromParameter(this.notes), yesOrNo(this.attended));
	}

	private static String slug(String value) {
		return Names.orNull(Names.clean(value));
	}

	private static Boolean yesOrNo(String value) {
		return ("true".equals(value) || "false".equals(value)) ? Boolean.valueOf(value) : null;
	}

}
