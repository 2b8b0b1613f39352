package io.talknotes.imports;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * Hibernate Search's {@code sync} indexing, except that while a test keeps the gate
 * closed, a commit on the import thread does not return once its documents are indexed
 * but waits for the gate: it makes the moment between an import's commit and the end of
 * its indexing as long as the test needs to look at it. Chosen with
 * {@code hibernate.search.indexing.plan.synchronization.strategy=class:} and this class.
 */
public class GatedIndexing implements IndexingPlanSynchronizationStrategy {

	private static final Duration LONGEST = Duration.ofSeconds(30);

	private static volatile CountDownLatch gate = new CountDownLatch(0);

	private static final Semaphore held = new Semaphore(0);

	/** Commits on the import thread wait, after indexing, until {@link #open()}. */
	static void close() {
		gate = new CountDownLatch(1);
	}

	static void open() {
		gate.countDown();
	}

	/** Waits until a commit on the import thread is held at the gate. */
	static void awaitHeld() throws InterruptedException {
		if (!held.tryAcquire(LONGEST.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("No import was committed within " + LONGEST);
		}
	}

	@Override
	public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
		Forwarding sync = new Forwarding(context);
		IndexingPlanSynchronizationStrategy.sync().apply(sync);
		context.indexingFutureHandler((CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) -> {
			sync.handler.accept(future);
			hold();
		});
	}

	private static void hold() {
		CountDownLatch current = gate;
		if (current.getCount() == 0 || !Thread.currentThread().getName().startsWith("import-")) {
			return;
		}
		held.release();
		try {
			current.await(LONGEST.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Takes the {@code sync} strategy's settings, keeping its future handler aside. */
	private static final class Forwarding implements IndexingPlanSynchronizationStrategyConfigurationContext {

		private final IndexingPlanSynchronizationStrategyConfigurationContext context;

		private Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler = (future) -> {
		};

		Forwarding(IndexingPlanSynchronizationStrategyConfigurationContext context) {
			this.context = context;
		}

		@Override
		public void documentCommitStrategy(DocumentCommitStrategy strategy) {
			this.context.documentCommitStrategy(strategy);
		}

		@Override
		public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
			this.context.documentRefreshStrategy(strategy);
		}

		@Override
		public void indexingFutureHandler(
				Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler) {
			this.handler = handler;
		}

		@Override
		public FailureHandler failureHandler() {
			return this.context.failureHandler();
		}

		@Override
		public void operationSubmitter(OperationSubmitter submitter) {
			this.context.operationSubmitter(submitter);
		}

	}

}
