package io.talknotes.imports;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Test;

import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * How far an import has got, as it is written for the page that reloads while the import
 * is applied.
 */
class ImportRunnerTests {

	private final ScheduleImportRepository imports = mock(ScheduleImportRepository.class);

	private final ImportRunner runner = new ImportRunner(this.imports, mock(ImportConferenceRepository.class),
			mock(ImportPlanner.class), mock(ScheduleApplier.class), new ImportThread(new SyncTaskExecutor()),
			transactions(), Clock.systemUTC());

	@Test
	void theLastSessionIsWrittenAtOnceSoThatThePageShowsThemAllDoneWhileTheyAreSaved() {
		IntConsumer progress = this.runner.progress(7L, new AtomicInteger(), 3);

		progress.accept(1);
		progress.accept(2);
		progress.accept(3);

		verify(this.imports).reportProgress(eq(7L), eq(3), any());
	}

	private static PlatformTransactionManager transactions() {
		PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
		when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
		return transactions;
	}

}
