package io.talknotes.figure;

import java.math.BigDecimal;

import io.talknotes.account.Account;
import io.talknotes.company.Company;
import io.talknotes.figure.shorthand.FigureParser;
import io.talknotes.figure.shorthand.ParsedFigure;
import io.talknotes.figure.shorthand.Period;
import io.talknotes.figure.shorthand.Qualifier;
import io.talknotes.figure.shorthand.UnitCatalogue;
import io.talknotes.project.Project;
import io.talknotes.talk.Talk;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A figure quoted in a talk, such as "35M QPS": who it is about, the number as a value
 * with its unit, and the text as written. The value, unit, qualifier, period and
 * percentile are always what {@link FigureParser} reads from the text, so the text is the
 * one source of truth. Saves are checked against the version the editor started from, so
 * that two people editing one figure never silently overwrite each other.
 */
@Entity
@Table(name = "scale_metric")
public class Figure {

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
	private String subject;

	@Column(nullable = false)
	private String textAsWritten;

	@Column(name = "metric_value", nullable = false, precision = 24, scale = 6)
	private BigDecimal value;

	/** The catalogue unit's canonical name, or the words as written for other units. */
	@Column(nullable = false)
	private String unit;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private Qualifier qualifier;

	@Convert(converter = PeriodColumn.class)
	@Column(name = "metric_period")
	private Period period;

	/** The latency percentile, as 99.9 for "p99.9", or {@code null}. */
	@Column(precision = 7, scale = 4)
	private BigDecimal percentile;

	private int sortOrder;

	@Version
	private long version;

	/** Empty only for figures inserted in bulk by SQL. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "created_by")
	private Account createdBy;

	protected Figure() {
	}

	Figure(Talk talk, int sortOrder, ParsedFigure figure, Company company, Project project, String subject,
			Account createdBy) {
		this.talk = talk;
		this.sortOrder = sortOrder;
		this.createdBy = createdBy;
		revise(figure, company, project, subject);
	}

	/**
	 * Replaces what the figure says and whom it is about; it stays with its talk and in
	 * its place there.
	 * @param figure the figure as read from the text
	 * @param company the company it is about, or {@code null}
	 * @param project the project it is about, or {@code null}
	 * @param subject a few words of context, or {@code null}
	 */
	void revise(ParsedFigure figure, Company company, Project project, String subject) {
		this.textAsWritten = figure.text();
		this.value = figure.value();
		this.unit = figure.unit().name();
		this.qualifier = figure.qualifier();
		this.period = figure.period();
		this.percentile = figure.percentile();
		this.company = company;
		this.project = project;
		this.subject = subject;
	}

	/**
	 * The stored value, unit, qualifier, period and percentile as a figure, written in
	 * its short form.
	 * @param units the catalogue the unit is looked up in
	 * @return the figure
	 */
	ParsedFigure figure(UnitCatalogue units) {
		return ParsedFigure.of(this.value, units.resolve(this.unit), this.qualifier, this.period, "", "",
				this.percentile);
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

	public Qualifier getQualifier() {
		return this.qualifier;
	}

	public Period getPeriod() {
		return this.period;
	}

	/** The latency percentile, as 99.9 for "p99.9", or {@code null}. */
	public BigDecimal getPercentile() {
		return this.percentile;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * The account that added the figure, or {@code null} for a figure inserted by SQL.
	 */
	public Account getCreatedBy() {
		return this.createdBy;
	}

}
