package io.talknotes.note;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * The text a note had before an edit.
 */
@Entity
class NoteRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Note note;

	@Column(nullable = false, length = 20000)
	private String body;

	@Column(nullable = false)
	private String author;

	@Column(nullable = false)
	private Instant writtenAt;

	protected NoteRevision() {
	}

	NoteRevision(Note note, String body, String author, Instant writtenAt) {
		this.note = note;
		this.body = body;
		this.author = author;
		this.writtenAt = writtenAt;
	}

	Long getId() {
		return this.id;
	}

	String getBody() {
		return this.body;
	}

	String getAuthor() {
		return this.author;
	}

	Instant getWrittenAt() {
		return this.writtenAt;
	}

}
