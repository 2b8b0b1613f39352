package io.talknotes.project;

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
 * A technology a talk or note is about, with its CNCF maturity where known.
 */
@Entity
public class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	@FullTextField(analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
	@KeywordField(name = "name_keyword", aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String name;

	/** CNCF maturity: graduated, incubating or sandbox; null when not a CNCF project. */
	private String maturity;

	private String description;

	private String websiteUrl;

	protected Project() {
	}

	public Project(String slug, String name, String maturity) {
		this.slug = slug;
		this.name = name;
		this.maturity = maturity;
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

	public String getMaturity() {
		return this.maturity;
	}

	public String getDescription() {
		return this.description;
	}

	public String getWebsiteUrl() {
		return this.websiteUrl;
	}

}
