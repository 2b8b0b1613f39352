package io.talknotes.metric;

import java.math.BigDecimal;

import io.talknotes.company.Company;
import io.talknotes.project.Project;
import io.talknotes.search.SearchAnalysis;
import io.talknotes.talk.Talk;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/**
 * A figure quoted in a talk, such as "35M QPS": who it is about, the number as a value
 * with its unit, and the text as written.
 */
@Entity
public class ScaleMetric {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Talk talk;

	@ManyToOne(fetch = FetchType.LAZY)
	private Company company;

	@ManyToOne(fetch = FetchType.LAZY)
	private Project project;

	/** A few words of context, e.g. "Ridesharing". */
	@FullTextField(analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
	private String subject;

	@Column(nullable = false)
	@FullTextField(name = "text", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY,
			projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String textAsWritten;

	@Column(name = "metric_value", nullable = false, precision = 24, scale = 6)
	private BigDecimal value;

	@Column(nullable = false)
	private String unit;

	@Column(nullable = false)
	private String qualifier;

	@Column(name = "metric_period")
	private String period;

	private int sortOrder;

	protected ScaleMetric() {
	}

	public Long getId() {
		return this.id;
	}

	public Talk getTalk() {
		return this.talk;
	}

	public Company getCompany() {
		return this.company;
	}

	public Project getProject() {
		return this.project;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getTextAsWritten() {
		return this.textAsWritten;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getUnit() {
		return this.unit;
	}

	public String getQualifier() {
		return this.qualifier;
	}

	public String getPeriod() {
		return this.period;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
