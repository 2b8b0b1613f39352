package io.talknotes.talk;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import io.talknotes.company.Company;
import io.talknotes.conference.Conference;
import io.talknotes.project.Project;
import io.talknotes.speaker.Speaker;
import io.talknotes.system.TextAnalysis;
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
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

/**
 * A session of a conference: who presented it, what it covered, and whether we attended.
 * Search finds talks: one document per talk holds the names of its companies, speakers
 * and projects, and (added by the search feature) its notes and figures.
 */
@Entity
@Indexed(index = "talks")
public class Talk {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	// Doc values let search tell which talk each matching note is about.
	@KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@IndexedEmbedded(includePaths = { "name", "name_keyword", "slug", "facet" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Conference conference;

	@Column(nullable = false)
	@FullTextField(analyzer = TextAnalysis.ENGLISH, searchAnalyzer = TextAnalysis.ENGLISH_QUERY,
			projectable = Projectable.YES)
	private String title;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private TalkKind kind;

	@Column(name = "abstract_text")
	@FullTextField(analyzer = TextAnalysis.ENGLISH, searchAnalyzer = TextAnalysis.ENGLISH_QUERY,
			projectable = Projectable.YES)
	private String abstractText;

	@FullTextField(analyzer = TextAnalysis.ENGLISH, searchAnalyzer = TextAnalysis.ENGLISH_QUERY)
	private String subtitle;

	@FullTextField(analyzer = TextAnalysis.ENGLISH, searchAnalyzer = TextAnalysis.ENGLISH_QUERY)
	private String description;

	private Instant startsAt;

	private Instant endsAt;

	private String room;

	private String track;

	private boolean cancelled;

	/** The session's UID or GUID in the schedule file it was imported from. */
	private String importUid;

	private String scheduleUrl;

	private String slidesUrl;

	private String videoUrl;

	private boolean attended;

	private int sortOrder;

	@ManyToMany
	@JoinTable(name = "talk_company", joinColumns = @JoinColumn(name = "talk_id"),
			inverseJoinColumns = @JoinColumn(name = "company_id"))
	@OrderBy("name")
	@IndexedEmbedded(includePaths = { "name", "name_keyword", "slug", "facet" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Company> companies = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "talk_speaker", joinColumns = @JoinColumn(name = "talk_id"),
			inverseJoinColumns = @JoinColumn(name = "speaker_id"))
	@OrderBy("name")
	@IndexedEmbedded(includePaths = { "name", "name_keyword" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Speaker> speakers = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "talk_project", joinColumns = @JoinColumn(name = "talk_id"),
			inverseJoinColumns = @JoinColumn(name = "project_id"))
	@OrderBy("name")
	@IndexedEmbedded(includePaths = { "name", "name_keyword", "slug", "facet" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
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

	public String getSubtitle() {
		return this.subtitle;
	}

	public String getDescription() {
		return this.description;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public String getRoom() {
		return this.room;
	}

	public String getTrack() {
		return this.track;
	}

	/** Whether the session was called off, or dropped from the schedule it came from. */
	public boolean isCancelled() {
		return this.cancelled;
	}

	public String getImportUid() {
		return this.importUid;
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

	/** Gives the talk a new slug; its old one is remembered by whoever renames it. */
	public void moveTo(String slug) {
		this.slug = slug;
	}

	/** What the talk is about, as its page shows it. */
	public void describe(String title, String subtitle, TalkKind kind, String track, String abstractText,
			String description) {
		this.title = title;
		this.subtitle = subtitle;
		this.kind = kind;
		this.track = track;
		this.abstractText = abstractText;
		this.description = description;
	}

	/** When and where the talk takes place; any of them may be unknown. */
	public void schedule(Instant startsAt, Instant endsAt, String room) {
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.room = room;
	}

	/** Where to find the talk's schedule entry, slides and recording. */
	public void link(String scheduleUrl, String slidesUrl, String videoUrl) {
		this.scheduleUrl = scheduleUrl;
		this.slidesUrl = slidesUrl;
		this.videoUrl = videoUrl;
	}

	public void attended(boolean attended) {
		this.attended = attended;
	}

	/** Where the talk stands in its conference's programme when times are unknown. */
	public void placeAt(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public void cancel() {
		this.cancelled = true;
	}

	public void reinstate() {
		this.cancelled = false;
	}

	/** Records which session of an imported schedule this talk is. */
	public void importedAs(String uid) {
		this.importUid = uid;
	}

	/** The talk's speakers from now on, replacing those it had. */
	public void spokenBy(Collection<Speaker> speakers) {
		this.speakers.clear();
		this.speakers.addAll(speakers);
	}

	/** The companies that presented the talk from now on. */
	public void presentedBy(Collection<Company> companies) {
		this.companies.clear();
		this.companies.addAll(companies);
	}

	/** The projects the talk covers from now on. */
	public void covers(Collection<Project> projects) {
		this.projects.clear();
		this.projects.addAll(projects);
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
