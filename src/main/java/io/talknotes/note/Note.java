package io.talknotes.note;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.talknotes.account.Account;
import io.talknotes.system.IndexedRow;
import io.talknotes.talk.Talk;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * What an attendee wrote about a talk, in Markdown. Editing keeps the earlier text as a
 * revision.
 * <p>
 * Search finds talks by their notes through an unstored copy of the text in the talk's
 * document ({@code noteText}); each note also has a small document of its own, from which
 * the best passages of the talks on a results page are highlighted.
 * <p>
 * Deleting moves a note to the trash: it keeps its text and revisions but leaves every
 * page, count and search until it is restored.
 */
@Entity
@Indexed(index = "notes", routingBinder = @RoutingBinderRef(type = TrashedNotesNotIndexed.class))
public class Note {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@IndexedEmbedded(includePaths = "slug")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Talk talk;

	@Column(nullable = false, length = 20000)
	private String body;

	@Column(nullable = false)
	@KeywordField(aggregable = Aggregable.YES)
	private String author;

	/** Empty only for notes inserted in bulk by SQL. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "created_by")
	private Account createdBy;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "updated_by")
	private Account updatedBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	/** The body rendered to safe HTML, if it fits; see {@link #html}. */
	@Column(length = MarkdownRenderer.MAX_STORED)
	private String renderedHtml;

	/** The fingerprint of the rendering that produced the stored HTML. */
	private Integer renderedWith;

	private Instant deletedAt;

	private String deletedBy;

	@OneToMany(mappedBy = "note", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("writtenAt desc")
	private List<NoteRevision> revisions = new ArrayList<>();

	protected Note() {
	}

	Note(Talk talk, String body, Account writer, Instant now) {
		this.talk = talk;
		this.body = body;
		this.author = writer.getDisplayName();
		this.createdBy = writer;
		this.updatedBy = writer;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Replaces the text, keeping the previous one as a revision signed by whoever wrote
	 * it. The note keeps its author; the editor is recorded as the last to change it.
	 * Saving the same text again changes nothing.
	 * @return whether the note changed
	 */
	boolean edit(String newBody, Account editor, Instant now) {
		if (this.body.equals(newBody)) {
			return false;
		}
		this.revisions.add(new NoteRevision(this, this.body, getLastWriter(), this.updatedAt));
		this.body = newBody;
		this.updatedBy = editor;
		this.updatedAt = now;
		return true;
	}

	/** Renders the body and keeps the HTML, so that pages do not render it again. */
	void render(MarkdownRenderer markdown) {
		String html = markdown.toHtml(this.body);
		boolean fits = html.length() <= MarkdownRenderer.MAX_STORED;
		this.renderedHtml = fits ? html : null;
		this.renderedWith = fits ? markdown.fingerprint() : null;
	}

	/**
	 * The body as safe HTML: the stored rendering when the renderer made it, a fresh one
	 * for a note inserted by SQL or rendered by an earlier renderer.
	 */
	String html(MarkdownRenderer markdown) {
		Integer current = markdown.fingerprint();
		return current.equals(this.renderedWith) ? this.renderedHtml : markdown.toHtml(this.body);
	}

	/**
	 * Makes an earlier text the current one, keeping the text it replaces as a revision.
	 * @return whether the note changed: restoring the current text changes nothing
	 */
	boolean restore(String earlierBody, Account by, Instant now) {
		return !this.body.equals(earlierBody) && edit(earlierBody, by, now);
	}

	/** Moves the note to the trash, noting who deleted it and when. */
	void moveToTrash(String by, Instant now) {
		this.deletedAt = now;
		this.deletedBy = by;
	}

	/** Takes the note out of the trash, exactly as it was. */
	void takeOutOfTrash() {
		this.deletedAt = null;
		this.deletedBy = null;
	}

	boolean isTrashed() {
		return this.deletedAt != null;
	}

	Instant getDeletedAt() {
		return this.deletedAt;
	}

	String getDeletedBy() {
		return this.deletedBy;
	}

	public Long getId() {
		return this.id;
	}

	public Talk getTalk() {
		return this.talk;
	}

	public String getBody() {
		return this.body;
	}

	public String getAuthor() {
		return this.author;
	}

	/** The account that wrote the note, or {@code null} for a note inserted by SQL. */
	public Account getCreatedBy() {
		return this.createdBy;
	}

	/**
	 * The account that last changed the note, or wrote it when nobody changed it;
	 * {@code null} for a note inserted by SQL and not changed since.
	 */
	public Account getUpdatedBy() {
		return this.updatedBy;
	}

	/** The name of whoever wrote the current text. */
	String getLastWriter() {
		return (this.updatedBy != null) ? this.updatedBy.getDisplayName() : this.author;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Which version of the note its search document holds, so that a document the
	 * database no longer matches is found after an unclean stop.
	 */
	@KeywordField(name = IndexedRow.FIELD, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "version")))
	String getIndexedRow() {
		return IndexedRow.of(this.id, this.version);
	}

	List<NoteRevision> getRevisions() {
		return this.revisions;
	}

}
