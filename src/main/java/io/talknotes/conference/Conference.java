package io.talknotes.conference;

import java.time.LocalDate;

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
 * A conference edition whose talks people attended.
 */
@Entity
public class Conference {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	@FullTextField(analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
	@KeywordField(name = "name_keyword", aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String name;

	private String edition;

	private String city;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String timeZone;

	private String websiteUrl;

	private String description;

	protected Conference() {
	}

	public Conference(String slug, String name, String city, LocalDate startsOn, LocalDate endsOn) {
		this.slug = slug;
		this.name = name;
		this.city = city;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
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

	public String getEdition() {
		return this.edition;
	}

	public String getCity() {
		return this.city;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public String getWebsiteUrl() {
		return this.websiteUrl;
	}

	public String getDescription() {
		return this.description;
	}

}
