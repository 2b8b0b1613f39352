package io.talknotes.note;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.talknotes.account.Account;
import io.talknotes.search.PassageTextBinder;
import io.talknotes.search.SearchAnalysis;
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
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.NonStandardField;

/**
 * What an attendee wrote about a talk, in Markdown. Editing keeps the earlier text as a
 * revision.
 * <p>
 * Search finds talks by their notes through an unstored copy of the text in the talk's
 * document ({@code noteText}); each note also has a small document of its own, from which
 * the best passages of the talks on a results page are highlighted.
 */
@Entity
@Indexed(index = "notes")
public class Note {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@IndexedEmbedded(includePaths = "slug")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Talk talk;

	@Column(nullable = false, length = 20000)
	@FullTextField(analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
	@NonStandardField(name = PassageTextBinder.FIELD, valueBinder = @ValueBinderRef(type = PassageTextBinder.class))
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
		String previousWriter = (this.updatedBy != null) ? this.updatedBy.getDisplayName() : this.author;
		this.revisions.add(new NoteRevision(this, this.body, previousWriter, this.updatedAt));
		this.body = newBody;
		this.updatedBy = editor;
		this.updatedAt = now;
		return true;
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

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	List<NoteRevision> getRevisions() {
		return this.revisions;
	}

}
