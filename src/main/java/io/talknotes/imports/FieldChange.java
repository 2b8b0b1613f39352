package io.talknotes.imports;

/**
 * One thing an import changes on a talk.
 *
 * @param field what changes: {@code title}, {@code time}, {@code room}, {@code speakers}…
 * (a message key under {@code import.field.})
 * @param before the value now, as shown; {@code null} when there is none or it is too
 * long to show
 * @param after the value from the file, as shown; {@code null} likewise
 */
public record FieldChange(String field, String before, String after) {

}
