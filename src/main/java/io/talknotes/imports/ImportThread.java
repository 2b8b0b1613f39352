package io.talknotes.imports;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Where imports are applied, in the background: one thread per node, so that two imports
 * into the same new conference are applied one after the other instead of racing to
 * create it, and a large import never takes more than one core from the pages. Not an
 * executor bean itself, which would take the place of the application's own.
 */
@Component
class ImportThread implements DisposableBean {

	private final TaskExecutor executor;

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
	public void destroy() {
		if (this.executor instanceof ThreadPoolTaskExecutor pool) {
			pool.shutdown();
		}
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
