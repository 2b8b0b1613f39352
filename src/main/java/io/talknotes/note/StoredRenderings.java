package io.talknotes.note;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the stored HTML of notes up to date in the background after a start: notes
 * inserted by SQL (the seed, bulk loads) have none, and a changed renderer makes what was
 * stored out of date. Until a note's turn comes, pages render it when they show it.
 * <p>
 * The work goes in small transactions on one thread, which is never interrupted (an
 * interrupt during a write closes the embedded database's file); a stop lets the batch
 * being written finish, before the database closes.
 */
@Component
class StoredRenderings implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(StoredRenderings.class);

	private static final int BATCH = 200;

	/** Stops after the web server, before the database. */
	private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private final NoteRepository notes;

	private final MarkdownRenderer markdown;

	private final TransactionTemplate transactions;

	private volatile boolean started;

	private volatile boolean stopped;

	private volatile Thread thread;

	/** How many notes this start has rendered and stored; for the log. */
	private long stored;

	StoredRenderings(NoteRepository notes, MarkdownRenderer markdown, PlatformTransactionManager transactions) {
		this.notes = notes;
		this.markdown = markdown;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public void start() {
		this.started = true;
		this.stopped = false;
		Thread worker = new Thread(this::renderAll, "note-rendering");
		worker.setDaemon(true);
		this.thread = worker;
		worker.start();
	}

	/**
	 * Renders every note whose stored HTML is missing or out of date, until stopped. Once
	 * every note was brought up to the running renderer, only notes with no stored HTML
	 * are looked for (through an index), rather than reading every note on every start.
	 */
	void renderAll() {
		Integer fingerprint = this.markdown.fingerprint();
		boolean allRendered = fingerprint
			.equals(this.transactions.execute((status) -> this.notes.findRenderingOfAll()));
		Long after = 0L;
		try {
			while (!this.stopped) {
				Long from = after;
				Long last = this.transactions.execute((status) -> renderBatch(from, fingerprint, allRendered));
				if (last == null) {
					if (!allRendered) {
						this.transactions
							.executeWithoutResult((status) -> this.notes.recordRenderingOfAll(fingerprint));
					}
					break;
				}
				after = last;
			}
			if (this.stored > 0) {
				logger.info("Stored the rendered HTML of {} notes", this.stored);
			}
		}
		catch (RuntimeException ex) {
			// A stop closing the database under the last batch; the next start goes on.
			logger.debug("Stopped storing rendered notes", ex);
		}
	}

	/**
	 * The id of the last note of the batch, or {@code null} when none was left.
	 * @param allRendered whether every note but those with no stored HTML is up to date
	 */
	private Long renderBatch(Long after, Integer fingerprint, boolean allRendered) {
		List<Object[]> batch = allRendered ? this.notes.findNotRendered(after, PageRequest.ofSize(BATCH))
				: this.notes.findRenderedOtherwise(fingerprint, after, PageRequest.ofSize(BATCH));
		Long last = null;
		for (Object[] row : batch) {
			last = (Long) row[0];
			String html = this.markdown.toHtml((String) row[1]);
			if (html.length() <= MarkdownRenderer.MAX_STORED) {
				this.stored += this.notes.keepRendering(last, (Long) row[2], html, fingerprint);
			}
		}
		return last;
	}

	@Override
	public void stop() {
		stop(() -> {
		});
	}

	@Override
	public void stop(Runnable callback) {
		this.stopped = true;
		this.started = false;
		Thread worker = this.thread;
		if (worker == null || !worker.isAlive()) {
			callback.run();
			return;
		}
		Thread waiting = new Thread(() -> {
			try {
				worker.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			callback.run();
		}, "note-rendering-stop");
		waiting.setDaemon(true);
		waiting.start();
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
