package io.talknotes.imports;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import io.talknotes.conference.Conference;
import io.talknotes.imports.ScheduleApplier.AppliedImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies an import in the background, in one transaction: either every session is in,
 * or, when anything fails, nothing is and the import says why. How far it has got is
 * written in transactions of its own, so that any node can show it while it runs.
 */
@Component
class ImportRunner {

	private static final Logger logger = LoggerFactory.getLogger(ImportRunner.class);

	/**
	 * How often progress is written: often enough for a page that reloads every second.
	 */
	private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

	private static final int MAX_REASON = 500;

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private final ScheduleImportRepository imports;

	private final ImportConferenceRepository conferences;

	private final ImportPlanner planner;

	private final ScheduleApplier applier;

	private final ImportThread executor;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final Set<Long> applying = ConcurrentHashMap.newKeySet();

	ImportRunner(ScheduleImportRepository imports, ImportConferenceRepository conferences, ImportPlanner planner,
			ScheduleApplier applier, ImportThread executor, PlatformTransactionManager transactions, Clock clock) {
		this.imports = imports;
		this.conferences = conferences;
		this.planner = planner;
		this.applier = applier;
		this.executor = executor;
		// Its own transaction even when started from another one's afterCommit
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Starts applying the import on another thread. */
	void start(Long id) {
		this.executor.execute(() -> run(id));
	}

	/** Applies the import on this thread; a failure is recorded on the import. */
	void run(Long id) {
		AtomicInteger done = new AtomicInteger();
		long started = System.nanoTime();
		long cpu = CPU.getCurrentThreadCpuTime();
		this.applying.add(id);
		try {
			// Returns once search has the talks too: they are indexed after the commit
			this.transaction.executeWithoutResult((status) -> apply(id, done));
			logger.info("Import {} applied: {} sessions in {} ms ({} ms of CPU)", id, done.get(),
					(System.nanoTime() - started) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000);
		}
		catch (RuntimeException ex) {
			logger.warn("Import {} failed at session {} and was rolled back", id, done.get(), ex);
			failed(id, ex, done.get());
		}
		finally {
			this.applying.remove(id);
		}
	}

	/**
	 * Whether this node is applying the import: also once it is committed, until search
	 * has its talks.
	 */
	boolean isApplying(Long id) {
		return this.applying.contains(id);
	}

	/** Says on the import why it failed, when the database can still be written. */
	private void failed(Long id, RuntimeException failure, int done) {
		String reason = ImportedSession
			.cut(String.valueOf(NestedExceptionUtils.getMostSpecificCause(failure).getMessage()), MAX_REASON);
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.imports.findById(id)
				.ifPresent((failed) -> failed.failed(reason, done, this.clock.instant())));
		}
		catch (RuntimeException ex) {
			// The database closed under it, as when the server stops before the import is
			// done: it stays as being applied, and shows as stalled once that is clear
			logger.warn("Import {} could not be marked as failed: {}", id, ex.getMessage());
		}
	}

	private void apply(Long id, AtomicInteger done) {
		// The file is read without the import's row, which is written once, at the end
		ImportSource source = this.imports.findSource(id).orElseThrow();
		Conference picked = (source.conferenceId() != null)
				? this.conferences.findById(source.conferenceId()).orElseThrow() : null;
		Schedule schedule = ScheduleFiles.read(source.fileName(), source.content());
		ImportPlan plan = this.planner.plan(schedule, picked, source.conferenceName());
		AppliedImport applied = this.applier.apply(plan, progress(id, done, plan.sessions().size()));
		ScheduleImport scheduleImport = this.imports.findById(id).orElseThrow();
		scheduleImport.applied(applied.conference(), applied.outcomes(), this.clock.instant());
	}

	/**
	 * Writes how many sessions are done, at most every quarter of a second, and at once
	 * when all are: what is left then is saving them, which for a large import can take
	 * as long as the sessions did.
	 */
	IntConsumer progress(Long id, AtomicInteger done, int total) {
		long[] lastWritten = { System.nanoTime() };
		return (count) -> {
			done.set(count);
			long now = System.nanoTime();
			if (now - lastWritten[0] >= PROGRESS_EVERY_NANOS || count == total) {
				lastWritten[0] = now;
				this.ownTransaction
					.executeWithoutResult((status) -> this.imports.reportProgress(id, count, this.clock.instant()));
			}
		};
	}

}
