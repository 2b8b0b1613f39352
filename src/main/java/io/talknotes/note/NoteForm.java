package io.talknotes.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the note form sends.
 *
 * @param body the note in Markdown
 * @param author who wrote it
 */
public record NoteForm(
		@NotBlank(message = "{note.body.blank}") @Size(max = 20000, message = "{note.body.size}") String body,
		@NotBlank(message = "{note.author.blank}") @Size(max = 100, message = "{note.author.size}") String author) {

	/** An empty form, with the author filled in when known. */
	public static NoteForm blank(String author) {
		return new NoteForm("", author);
	}

	/**
	 * Both fields without surrounding blanks, and the body with its line breaks
	 * normalised.
	 */
	NoteForm normalised() {
		return new NoteForm(this.body.replace("\r\n", "\n").strip(), this.author.strip());
	}

}
