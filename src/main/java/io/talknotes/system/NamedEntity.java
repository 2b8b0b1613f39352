package io.talknotes.system;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * Something with its own page, addressed by a slug and known by a name: a conference, a
 * company, a project or a speaker. Its name is searchable by its words and usable whole
 * as a search filter.
 */
@MappedSuperclass
public abstract class NamedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	// Kept in the index too, so that a search can show the words of a name it matched
	@FullTextField(analyzer = TextAnalysis.ENGLISH, searchAnalyzer = TextAnalysis.ENGLISH_QUERY,
			projectable = Projectable.YES)
	@KeywordField(name = "name_keyword", aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String name;

	protected NamedEntity() {
	}

	protected NamedEntity(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	/**
	 * Gives the item a new name and slug. Whoever renames it remembers the old slug
	 * ({@link FormerSlugs}) so that links to it keep working.
	 */
	public void rename(String name, String slug) {
		this.name = name;
		this.slug = slug;
	}

}
