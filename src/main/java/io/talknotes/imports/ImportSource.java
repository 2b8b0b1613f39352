package io.talknotes.imports;

/**
 * What applying an import reads: the file and where it should go.
 *
 * @param fileName the name it was uploaded with, or {@code null} for pasted text
 * @param content the file
 * @param conferenceId the conference picked, or {@code null}
 * @param conferenceName the name typed for it, or {@code null}
 */
record ImportSource(String fileName, byte[] content, Long conferenceId, String conferenceName) {

}
