package io.talknotes.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the note form sends. Who writes is the account logged in, not a field.
 *
 * @param body the note in Markdown
 */
public record NoteForm(@NotBlank(message = "{note.body.blank}") @Size(max = NoteForm.MAX_LENGTH,
		message = "{note.body.size}") String body) {

	/** The longest note, in characters. */
	static final int MAX_LENGTH = 20000;

	/** An empty form. */
	public static NoteForm blank() {
		return new NoteForm("");
	}

	/** The body without surrounding blanks and with its line breaks normalised. */
	NoteForm normalised() {
		return new NoteForm(this.body.replace("\r\n", "\n").strip());
	}

}
