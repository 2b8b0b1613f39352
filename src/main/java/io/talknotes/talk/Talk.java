package io.talknotes.talk;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import io.talknotes.company.Company;
import io.talknotes.conference.Conference;
import io.talknotes.project.Project;
import io.talknotes.speaker.Speaker;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A session of a conference: who presented it, what it covered, and whether we attended.
 */
@Entity
public class Talk {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Conference conference;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private TalkKind kind;

	@Column(name = "abstract_text")
	private String abstractText;

	private Instant startsAt;

	private String room;

	private String scheduleUrl;

	private String slidesUrl;

	private String videoUrl;

	private boolean attended;

	private int sortOrder;

	@ManyToMany
	@JoinTable(name = "talk_company", joinColumns = @JoinColumn(name = "talk_id"),
			inverseJoinColumns = @JoinColumn(name = "company_id"))
	@OrderBy("name")
	private Set<Company> companies = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "talk_speaker", joinColumns = @JoinColumn(name = "talk_id"),
			inverseJoinColumns = @JoinColumn(name = "speaker_id"))
	@OrderBy("name")
	private Set<Speaker> speakers = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "talk_project", joinColumns = @JoinColumn(name = "talk_id"),
			inverseJoinColumns = @JoinColumn(name = "project_id"))
	@OrderBy("name")
	private Set<Project> projects = new LinkedHashSet<>();

	protected Talk() {
	}

	public Talk(String slug, Conference conference, String title, TalkKind kind) {
		this.slug = slug;
		this.conference = conference;
		this.title = title;
		this.kind = kind;
		this.attended = true;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public Conference getConference() {
		return this.conference;
	}

	public String getTitle() {
		return this.title;
	}

	public TalkKind getKind() {
		return this.kind;
	}

	public String getAbstractText() {
		return this.abstractText;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public String getRoom() {
		return this.room;
	}

	public String getScheduleUrl() {
		return this.scheduleUrl;
	}

	public String getSlidesUrl() {
		return this.slidesUrl;
	}

	public String getVideoUrl() {
		return this.videoUrl;
	}

	public boolean isAttended() {
		return this.attended;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public Set<Company> getCompanies() {
		return this.companies;
	}

	public Set<Speaker> getSpeakers() {
		return this.speakers;
	}

	public Set<Project> getProjects() {
		return this.projects;
	}

	public void presentedBy(Company company) {
		this.companies.add(company);
	}

	public void spokenBy(Speaker speaker) {
		this.speakers.add(speaker);
	}

	public void covers(Project project) {
		this.projects.add(project);
	}

}
