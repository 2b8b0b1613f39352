package io.talknotes.imports;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the import form sends: a file or pasted text, and where its sessions go.
 *
 * @param file the schedule file, or {@code null} or empty when none was chosen
 * @param text the schedule pasted instead, or {@code null}
 * @param conference the slug of the conference picked, or blank for the one the file
 * names
 * @param conferenceName a name for the conference when the file names none, or blank
 */
record ImportForm(MultipartFile file, String text, String conference, String conferenceName) {

	/**
	 * An empty form.
	 * @param conference the slug of the conference to import into, or {@code null} for
	 * the one the file names
	 */
	static ImportForm into(String conference) {
		return new ImportForm(null, "", (conference != null) ? conference : "", "");
	}

	boolean hasFile() {
		return this.file != null && !this.file.isEmpty();
	}

	boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	/** The conference picked, or {@code null}. */
	String conferenceSlug() {
		return ImportedSession.cut(this.conference, 200);
	}

	/** The name typed, or {@code null}. */
	String typedName() {
		return ImportedSession.cut(this.conferenceName, 200);
	}

}
