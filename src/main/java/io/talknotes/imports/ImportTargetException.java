package io.talknotes.imports;

/**
 * An upload that does not say which conference it goes to: the file names none and none
 * was picked or typed, or the one picked does not exist.
 */
class ImportTargetException extends RuntimeException {

	private final String messageKey;

	ImportTargetException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The message for the form, e.g. {@code import.conference.required}. */
	String getMessageKey() {
		return this.messageKey;
	}

}
