package io.talknotes.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.talknotes.account.Account;
import io.talknotes.conference.Conference;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A schedule file someone uploaded or pasted, kept whole with where it should go: its
 * preview is worked out from it each time, and applying it reads it again, so it can be
 * previewed and applied later or on another node.
 */
@Entity
// Only what changed is written: the file is never written again after the upload
@DynamicUpdate
class ScheduleImport {

	/**
	 * How long an apply may go without reporting progress before it is taken for dead
	 * (its node stopped): its transaction was never committed, so it may be applied
	 * again.
	 */
	static final Duration STALLED_AFTER = Duration.ofMinutes(10);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "created_by")
	private Account createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	private String fileName;

	@Column(nullable = false)
	@JdbcTypeCode(SqlTypes.VARBINARY)
	private byte[] content;

	@ManyToOne(fetch = FetchType.LAZY)
	private Conference conference;

	private String conferenceName;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private ImportStatus status;

	private int progressDone;

	private int progressTotal;

	private String resultMessage;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "applied_by")
	private Account appliedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "schedule_import_talk", joinColumns = @JoinColumn(name = "import_id"))
	private List<TalkOutcome> outcomes = new ArrayList<>();

	protected ScheduleImport() {
	}

	/**
	 * A file just uploaded.
	 * @param conference the conference picked for it, or {@code null} for the one the
	 * file names
	 * @param conferenceName the name typed for a conference the file does not name, or
	 * {@code null}
	 */
	ScheduleImport(Account createdBy, Instant createdAt, String fileName, byte[] content, Conference conference,
			String conferenceName) {
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		this.fileName = fileName;
		this.content = content;
		this.conference = conference;
		this.conferenceName = conferenceName;
		this.status = ImportStatus.READY;
	}

	Long getId() {
		return this.id;
	}

	Account getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getFileName() {
		return this.fileName;
	}

	byte[] getContent() {
		return this.content;
	}

	Conference getConference() {
		return this.conference;
	}

	String getConferenceName() {
		return this.conferenceName;
	}

	ImportStatus getStatus() {
		return this.status;
	}

	int getProgressDone() {
		return this.progressDone;
	}

	int getProgressTotal() {
		return this.progressTotal;
	}

	String getResultMessage() {
		return this.resultMessage;
	}

	Account getAppliedBy() {
		return this.appliedBy;
	}

	List<TalkOutcome> getOutcomes() {
		return this.outcomes;
	}

	/** Whether an apply started long ago and stopped reporting progress. */
	boolean isStalled(Instant now) {
		return this.status == ImportStatus.APPLYING && this.updatedAt.plus(STALLED_AFTER).isBefore(now);
	}

	/** Applying finished: what it did, and the conference it went to. */
	void applied(Conference conference, List<TalkOutcome> outcomes, Instant now) {
		this.status = ImportStatus.APPLIED;
		this.conference = conference;
		this.outcomes.clear();
		this.outcomes.addAll(outcomes);
		this.progressDone = this.progressTotal;
		this.resultMessage = null;
		this.updatedAt = now;
	}

	/**
	 * Applying failed and nothing of it was applied.
	 * @param reason what went wrong
	 * @param done how many sessions were done when it did
	 */
	void failed(String reason, int done, Instant now) {
		this.status = ImportStatus.FAILED;
		this.resultMessage = reason;
		this.progressDone = done;
		this.updatedAt = now;
	}

}
