package io.talknotes.talk;

/**
 * What sort of session a talk was.
 */
public enum TalkKind {

	KEYNOTE("Keynote"), PROJECT_UPDATE("Project update"), TALK("Talk"), PANEL("Panel"),
	LIGHTNING_TALK("Lightning talk"), WORKSHOP("Workshop");

	private final String label;

	TalkKind(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
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
