package io.talknotes.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.talknotes.account.AccountService;
import io.talknotes.conference.Conference;
import io.talknotes.imports.ImportPage.State;
import io.talknotes.system.NamedLink;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports schedule files: stores what was uploaded, shows what applying it would do, and
 * applies it in the background. Talks are keyed by their conference and the session's UID
 * or GUID, so importing a newer version of a file updates the talks in place.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

	/** The largest file, or pasted text, an import takes: 5 MB. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private final ScheduleImportRepository imports;

	private final ImportConferenceRepository conferences;

	private final ImportPlanner planner;

	private final ImportViews views;

	private final ImportRunner runner;

	private final AccountService accounts;

	private final Clock clock;

	ImportService(ScheduleImportRepository imports, ImportConferenceRepository conferences, ImportPlanner planner,
			ImportViews views, ImportRunner runner, AccountService accounts, Clock clock) {
		this.imports = imports;
		this.conferences = conferences;
		this.planner = planner;
		this.views = views;
		this.runner = runner;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Every conference by name, to import into one of them. */
	public List<NamedLink> conferences() {
		return this.conferences.findAllByName()
			.stream()
			.map((conference) -> new NamedLink(conference.getSlug(), conference.getName()))
			.toList();
	}

	/**
	 * Reads a schedule file and keeps it, to be previewed and applied.
	 * @param upload the file and where it goes
	 * @param username who uploads it
	 * @return the import's id
	 * @throws ScheduleFormatException when the file cannot be read; its message says
	 * where and why
	 * @throws ImportTargetException when the file names no conference and none was picked
	 * or typed, or the one picked does not exist
	 */
	@Transactional
	public Long upload(ScheduleUpload upload, String username) {
		if (upload.content().length > MAX_BYTES) {
			throw new IllegalArgumentException("An import takes at most " + MAX_BYTES + " bytes");
		}
		Conference picked = null;
		if (upload.conferenceSlug() != null) {
			picked = this.conferences.findBySlug(upload.conferenceSlug())
				.orElseThrow(() -> new ImportTargetException("import.conference.unknown"));
		}
		Schedule schedule = ScheduleFiles.read(upload.fileName(), upload.content());
		String name = ImportedSession.cut(upload.conferenceName(), 200);
		// Fails now, not at the preview, when nothing says where the sessions go
		this.planner.choose(schedule, picked, name);
		ScheduleImport scheduleImport = new ScheduleImport(this.accounts.find(username), this.clock.instant(),
				ImportedSession.cut(upload.fileName(), 255), upload.content(), picked, name);
		return this.imports.save(scheduleImport).getId();
	}

	/**
	 * The import's page: its preview, its progress or its result.
	 * @throws ImportNotFoundException when there is no such import
	 */
	public ImportPage page(Long id) {
		ImportProgress progress = this.imports.findProgress(id).orElseThrow(() -> ImportNotFoundException.forId(id));
		Instant now = this.clock.instant();
		// Once committed, an import's talks are in the database a moment before they are
		// in search: its result, which leads to them, waits for both
		if (progress.isRunning(now) || this.runner.isApplying(id)) {
			return page(progress, State.APPLYING, null, null, null);
		}
		ScheduleImport scheduleImport = this.imports.findById(id).orElseThrow();
		if (progress.status() == ImportStatus.APPLIED) {
			return page(progress, State.APPLIED, null, null, this.views.result(scheduleImport));
		}
		State state = switch (progress.status()) {
			case FAILED -> State.FAILED;
			case APPLYING -> State.STALLED;
			default -> State.READY;
		};
		try {
			return page(progress, state, failure(scheduleImport.getResultMessage()),
					this.views.preview(plan(scheduleImport)), null);
		}
		catch (ScheduleFormatException ex) {
			// A file read at upload that no longer reads: say why instead of a preview
			return page(progress, state, ex.problem(), null, null);
		}
		catch (ImportTargetException ex) {
			return page(progress, state, new ImportMessage(ex.getMessageKey()), null, null);
		}
	}

	/**
	 * Starts applying the import in the background, once this call's transaction is
	 * committed. Nothing happens when it is applied already or being applied.
	 * @param username who applies it
	 * @throws ImportNotFoundException when there is no such import
	 */
	@Transactional
	public void apply(Long id, String username) {
		ScheduleImport scheduleImport = this.imports.findById(id).orElseThrow(() -> ImportNotFoundException.forId(id));
		int total = (int) ScheduleFiles.read(scheduleImport.getFileName(), scheduleImport.getContent())
			.sessions()
			.stream()
			.map((session) -> ImportedSession.key(session.uid()))
			.distinct()
			.count();
		Instant now = this.clock.instant();
		int started = this.imports.startApplying(id, this.accounts.find(username), total, now,
				now.minus(ScheduleImport.STALLED_AFTER));
		if (started == 1) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					ImportService.this.runner.start(id);
				}

			});
		}
	}

	private ImportPlan plan(ScheduleImport scheduleImport) {
		Schedule schedule = ScheduleFiles.read(scheduleImport.getFileName(), scheduleImport.getContent());
		return this.planner.plan(schedule, scheduleImport.getConference(), scheduleImport.getConferenceName());
	}

	/** Why applying failed, as it was recorded: what the database or server said. */
	private static MessageSourceResolvable failure(String reason) {
		return (reason != null) ? ImportMessage.verbatim(reason) : null;
	}

	private static ImportPage page(ImportProgress progress, State state, MessageSourceResolvable failure,
			ImportPreview preview, ImportResult result) {
		return new ImportPage(progress.id(), progress.fileName(), progress.createdBy(), progress.createdAt(), state,
				progress.done(), progress.total(), failure, preview, result);
	}

}
