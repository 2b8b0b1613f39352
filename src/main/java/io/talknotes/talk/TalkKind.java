package io.talknotes.talk;

/**
 * What sort of session a talk was. Its name is the message {@link #getMessageKey()}.
 */
public enum TalkKind {

	KEYNOTE, PROJECT_UPDATE, TALK, PANEL, LIGHTNING_TALK, WORKSHOP;

	/**
	 * The message that names this kind, such as {@code talk.kind.project-update}: pages
	 * resolve it with {@code #{${kind.messageKey}}}.
	 */
	public String getMessageKey() {
		return "talk.kind." + getParameter();
	}

	public String getParameter() {
		return name().toLowerCase().replace('_', '-');
	}

	/**
	 * The kind named by a URL parameter such as {@code project-update}.
	 * @param parameter the parameter value, case-insensitive
	 * @return the kind, or {@code null} when the parameter names none
	 */
	public static TalkKind fromParameter(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return null;
		}
		for (TalkKind kind : values()) {
			if (kind.getParameter().equalsIgnoreCase(parameter.trim())) {
				return kind;
			}
		}
		return null;
	}

}
