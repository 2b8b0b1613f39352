package io.talknotes.note;

import java.time.Instant;

/**
 * A note as shown on a page.
 *
 * @param id the note's id
 * @param talkSlug the talk it is about
 * @param talkTitle that talk's title
 * @param author who wrote it
 * @param body the Markdown as written
 * @param html the Markdown rendered to safe HTML
 * @param createdAt when it was written
 * @param updatedAt when it was last changed
 * @param version the version the edit form must send back
 * @param writtenBy the username of the account that wrote it, or {@code null} for a note
 * inserted by SQL
 */
public record NoteView(Long id, String talkSlug, String talkTitle, String author, String body, String html,
		Instant createdAt, Instant updatedAt, long version, String writtenBy) {

	/** The note as shown, its Markdown rendered. */
	static NoteView of(Note note, MarkdownRenderer markdown) {
		return new NoteView(note.getId(), note.getTalk().getSlug(), note.getTalk().getTitle(), note.getAuthor(),
				note.getBody(), note.html(markdown), note.getCreatedAt(), note.getUpdatedAt(), note.getVersion(),
				(note.getCreatedBy() != null) ? note.getCreatedBy().getUsername() : null);
	}

	/** The same note with the version an edit form sends back. */
	NoteView withVersion(long startedFrom) {
		return new NoteView(this.id, this.talkSlug, this.talkTitle, this.author, this.body, this.html, this.createdAt,
				this.updatedAt, startedFrom, this.writtenBy);
	}

	/** Whether the note was changed after it was written. */
	public boolean isEdited() {
		return this.updatedAt.isAfter(this.createdAt);
	}

	/** The first characters of the Markdown, for previews. */
	public String excerpt() {
		String flat = this.body.replaceAll("(?m)^\\s*[-*+]\\s+", "")
			.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.collect(java.util.stream.Collectors.joining(" · "));
		return (flat.length() <= 180) ? flat : flat.substring(0, 177) + "…";
	}

}
