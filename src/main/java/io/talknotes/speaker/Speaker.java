package io.talknotes.speaker;

import io.talknotes.company.Company;
import io.talknotes.search.SearchAnalysis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A person who gave a talk, with the company they spoke for.
 */
@Entity
public class Speaker {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	@FullTextField(analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
	@KeywordField(name = "name_keyword", aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	private Company company;

	protected Speaker() {
	}

	public Speaker(String slug, String name, Company company) {
		this.slug = slug;
		this.name = name;
		this.company = company;
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

	public Company getCompany() {
		return this.company;
	}

}
