package io.talknotes.imports;

/**
 * A schedule file as the import form sends it.
 *
 * @param fileName the name of the file uploaded, or {@code null} for pasted text
 * @param content the file, or the pasted text as UTF-8
 * @param conferenceSlug the conference picked, or {@code null} for the one the file names
 * @param conferenceName a name for the conference when the file names none, or
 * {@code null}
 */
public record ScheduleUpload(String fileName, byte[] content, String conferenceSlug, String conferenceName) {

}
