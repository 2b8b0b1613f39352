package io.talknotes.talk;

/**
 * What the talk list is narrowed to; every part is optional.
 *
 * @param conference slug of the conference
 * @param kind kind of session
 * @param company slug of a presenting company
 * @param project slug of a covered project
 * @param notes {@code WITH} talks that have notes, {@code WITHOUT} those that have none
 * @param attended only talks we attended ({@code true}) or did not ({@code false})
 * @param text words in the title, a speaker's or a company's name, ignoring case
 */
public record TalkFilter(String conference, TalkKind kind, String company, String project, NotesFilter notes,
		Boolean attended, String text) {

	/**
	 * A filter without words to look for.
	 * @param conference slug of the conference
	 * @param kind kind of session
	 * @param company slug of a presenting company
	 * @param project slug of a covered project
	 * @param notes talks with or without notes
	 * @param attended talks we attended or did not
	 */
	public TalkFilter(String conference, TalkKind kind, String company, String project, NotesFilter notes,
			Boolean attended) {
		this(conference, kind, company, project, notes, attended, null);
	}

	/** No filter: every talk. */
	public static TalkFilter all() {
		return new TalkFilter(null, null, null, null, null, null);
	}

	/** Whether any part narrows the list. */
	public boolean isActive() {
		return this.conference != null || this.kind != null || this.company != null || this.project != null
				|| this.notes != null || this.attended != null || this.text != null;
	}

	/** Talks with or without notes. */
	public enum NotesFilter {

		WITH, WITHOUT;

		static NotesFilter fromParameter(String parameter) {
			if ("with".equalsIgnoreCase(parameter)) {
				return WITH;
			}
			return "without".equalsIgnoreCase(parameter) ? WITHOUT : null;
		}

	}

}
