package io.talknotes.imports;

/**
 * One thing an import changes on a talk.
 *
 * @param field what changes: {@code title}, {@code time}, {@code room}, {@code speakers}…
 * (a message key under {@code import.field.})
 * @param before the value now, as shown; {@code null} when there is none or it is too
 * long to show
 * @param after the value from the file, as shown; {@code null} likewise
 * @param messages whether before and after are message keys that name the values (a
 * talk's kind) rather than the values as they are
 */
public record FieldChange(String field, String before, String after, boolean messages) {

	/** A change of a value shown as it is. */
	public FieldChange(String field, String before, String after) {
		this(field, before, after, false);
	}

	/** A change of a value the page names by a message, such as a talk's kind. */
	static FieldChange ofMessages(String field, String beforeKey, String afterKey) {
		return new FieldChange(field, beforeKey, afterKey, true);
	}

}
