package io.talknotes.imports;

import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Where imports are applied, in the background: one thread per node, so that two imports
 * into the same new conference are applied one after the other instead of racing to
 * create it, and a large import never takes more than one core from the pages. Not an
 * executor bean itself, which would take the place of the application's own.
 * <p>
 * When the application stops, the imports it has started are finished before the database
 * and the search index close: after the web server has stopped taking requests, for up to
 * the time Spring gives each phase of a shutdown
 * ({@code spring.lifecycle.timeout-per-shutdown-phase}, 30 s by default). The thread is
 * never interrupted: an interrupt in the middle of a write closes the embedded database's
 * file for every connection.
 */
@Component
class ImportThread implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ImportThread.class);

	/** Stops after the web server, which stops taking requests first. */
	private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private final TaskExecutor executor;

	private volatile boolean running;

	ImportThread() {
		this(singleThread());
	}

	/** Applies imports with that executor, such as one running them at once in a test. */
	ImportThread(TaskExecutor executor) {
		this.executor = executor;
	}

	void execute(Runnable task) {
		this.executor.execute(task);
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		stop(() -> {
		});
	}

	/** Takes no more imports, and calls back once those it took are applied. */
	@Override
	public void stop(Runnable callback) {
		this.running = false;
		if (!(this.executor instanceof ThreadPoolTaskExecutor pool)) {
			callback.run();
			return;
		}
		ThreadPoolExecutor threads = pool.getThreadPoolExecutor();
		if (threads.getActiveCount() > 0 || !threads.getQueue().isEmpty()) {
			logger.info("Stopping once the import being applied is done");
		}
		threads.shutdown();
		// Spring waits for the callback up to its timeout, then goes on closing
		Thread waiting = new Thread(() -> {
			try {
				threads.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
				callback.run();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "import-stop");
		waiting.setDaemon(true);
		waiting.start();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private static TaskExecutor singleThread() {
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setCorePoolSize(1);
		pool.setMaxPoolSize(1);
		pool.setThreadNamePrefix("import-");
		pool.initialize();
		return pool;
	}

}
