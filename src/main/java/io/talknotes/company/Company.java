package io.talknotes.company;

import io.talknotes.search.SearchAnalysis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * An organisation that presented a talk or whose figures were quoted.
 */
@Entity
public class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	@FullTextField(analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
	@KeywordField(name = "name_keyword", aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String name;

	private String websiteUrl;

	protected Company() {
	}

	public Company(String slug, String name) {
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

	public String getWebsiteUrl() {
		return this.websiteUrl;
	}

}
