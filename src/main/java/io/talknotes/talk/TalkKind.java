package io.talknotes.talk;

import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What sort of session a talk was. Its name is the message {@link #getMessageKey()}.
 */
public enum TalkKind {

	KEYNOTE, PROJECT_UPDATE, TALK, PANEL, LIGHTNING_TALK, WORKSHOP;

	private static final ResourceBundle.Control MESSAGES_ONLY = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	/**
	 * The message that names this kind, such as {@code talk.kind.project-update}: pages
	 * resolve it with {@code #{${kind.messageKey}}}.
	 */
	public String getMessageKey() {
		return "talk.kind." + getParameter();
	}

	/**
	 * The name of this kind from {@code messages.properties}, in the language of the
	 * current request, for code that shows a label it is given instead of resolving
	 * {@link #getMessageKey()} (the filters of the search page).
	 */
	public String getLabel() {
		Locale locale = LocaleContextHolder.getLocale();
		return ResourceBundle.getBundle("messages", locale, MESSAGES_ONLY).getString(getMessageKey());
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
