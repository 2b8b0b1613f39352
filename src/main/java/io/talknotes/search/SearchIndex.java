package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.talknotes.system.TalknotesProperties;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index built. Writes through JPA reach the index on commit; rows
 * written by SQL (the seed, bulk imports) only by mass indexing, which runs at start-up
 * when the index is missing or was built for another mapping — not on every start. A
 * start after a run that did not stop cleanly brings the index in line with the database
 * first ({@link IndexReconciliation}): a write killed between its commit and its indexing
 * is then found, and one the database does not hold is not. That check runs before the
 * web server takes requests, so that no write can race it.
 */
@Component
public class SearchIndex implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private static final String MARKER = "talknotes-index.version";

	private static final String RUNNING = "talknotes-index.running";

	/**
	 * Change whenever what is written to the index changes in a way the mapping's field
	 * types do not show, such as term vectors: the index is rebuilt when it no longer
	 * matches. 2: no term vectors, search highlights by analysing stored text. 3: a
	 * note's text is kept in doc values, not in a stored field.
	 */
	static final String LAYOUT = "3";

	private final SearchMapping mapping;

	private final Path marker;

	private final RunMarker run;

	private final IndexReconciliation reconciliation;

	private final AtomicReference<IndexStatus> status = new AtomicReference<>(IndexStatus.checking());

	private volatile boolean rebuiltAtStart;

	/** What the check before requests found, until the application is ready. */
	private Boolean checkedBeforeRequests;

	private CompletableFuture<Void> running;

	private CompletableFuture<Void> merging = CompletableFuture.completedFuture(null);

	SearchIndex(EntityManagerFactory entityManagerFactory, TalknotesProperties properties) {
		this.mapping = Search.mapping(entityManagerFactory);
		this.marker = properties.dataDir().resolve("index").resolve(MARKER);
		this.run = new RunMarker(properties.dataDir().resolve("index").resolve(RUNNING));
		this.reconciliation = new IndexReconciliation(entityManagerFactory);
	}

	/** Whether the index had to be rebuilt when the app started. */
	public boolean rebuiltAtStart() {
		return this.rebuiltAtStart;
	}

	/** Whether search can answer, and how far a rebuild has come. */
	public IndexStatus status() {
		return this.status.get();
	}

	/**
	 * Checks the index, and reconciles it after an unclean stop, once every bean is made:
	 * before the web server takes requests, so that no write races the reconciliation.
	 */
	@Override
	public synchronized void afterSingletonsInstantiated() {
		this.checkedBeforeRequests = upToDate();
	}

	/**
	 * Once the application is ready, answers from an index found up to date, or rebuilds
	 * it in the background.
	 */
	@EventListener(ApplicationReadyEvent.class)
	synchronized void buildIfStale() {
		if (isRebuilding()) {
			// The rebuild under way writes the marker when it is done.
			return;
		}
		Boolean checked = this.checkedBeforeRequests;
		this.checkedBeforeRequests = null;
		this.rebuiltAtStart = !((checked != null) ? checked : upToDate());
		if (!this.rebuiltAtStart) {
			logger.info("Search index is up to date");
			this.status.set(IndexStatus.ready());
			return;
		}
		logger.info("Search index is missing or was built for another mapping: rebuilding it");
		rebuild();
	}

	/**
	 * Whether the index was built for this mapping and, when the last run did not stop
	 * cleanly, could be brought in line with the database.
	 */
	private boolean upToDate() {
		boolean uncleanStop = this.run.begin();
		return fingerprint().equals(readMarker()) && (!uncleanStop || reconcile());
	}

	/**
	 * Brings the index in line with the database after the last run ended without a clean
	 * stop; the health stays out of service meanwhile.
	 * @return whether it could, else the index is rebuilt
	 */
	private boolean reconcile() {
		long started = System.nanoTime();
		try {
			IndexReconciliation.Result result = this.reconciliation.run();
			logger.info(
					"Search index reconciled after an unclean stop in {} ms: {} notes and {} talks indexed again, {} notes and {} talks the database does not hold removed",
					(System.nanoTime() - started) / 1_000_000, result.notesReindexed(), result.talksReindexed(),
					result.notesRemoved(), result.talksRemoved());
			return true;
		}
		catch (RuntimeException ex) {
			logger.error("Search index could not be reconciled after an unclean stop: rebuilding it", ex);
			return false;
		}
	}

	/** Records a clean stop: the next start trusts the index as it is. */
	@PreDestroy
	void stopped() {
		this.run.end();
	}

	/**
	 * Rebuilds the index from the database in the background. Asking while a rebuild runs
	 * joins that rebuild: two at once would each add every talk. Asking while the last
	 * rebuild's segments are being merged starts a new rebuild once they are.
	 * @return completes when the rebuilt index answers searches; its segments are then
	 * merged in the background ({@link #merged()})
	 */
	public synchronized CompletableFuture<Void> rebuild() {
		if (!isRebuilding()) {
			this.status.set(IndexStatus.building(0, 0));
			this.running = this.merging.handle((merged, failure) -> null).thenCompose((previous) -> massIndex());
			this.merging = this.running.thenCompose((indexed) -> mergeSegments());
		}
		return this.running;
	}

	/**
	 * Completes when the last rebuild is done and its segments merged: one segment per
	 * index is what searches at a million notes are measured on.
	 */
	public synchronized CompletableFuture<Void> merged() {
		return this.merging;
	}

	private boolean isRebuilding() {
		return this.running != null && !this.running.isDone();
	}

	private CompletableFuture<Void> massIndex() {
		Progress progress = new Progress();
		long started = System.nanoTime();
		return this.mapping.scope(Object.class)
			.massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(100)
			.dropAndCreateSchemaOnStart(true)
			// The index answers as soon as every document is in; merging waits.
			.mergeSegmentsOnFinish(false)
			.monitor(progress)
			.start()
			.toCompletableFuture()
			.<Void>thenApply((done) -> {
				writeMarker(fingerprint());
				logger.info("Search index rebuilt: {} documents in {} ms", progress.added.get(),
						(System.nanoTime() - started) / 1_000_000);
				this.status.set(IndexStatus.ready());
				return null;
			})
			.whenComplete((done, failure) -> {
				if (failure != null) {
					logger.error("Search index could not be rebuilt", failure);
					this.status.set(IndexStatus.failed());
				}
			});
	}

	/**
	 * Merges each index into one segment. Mass indexing leaves several, and each segment
	 * adds its share to every search; searches go on meanwhile on the segments as they
	 * are.
	 */
	private CompletableFuture<Void> mergeSegments() {
		long started = System.nanoTime();
		return this.mapping.scope(Object.class)
			.workspace()
			.mergeSegmentsAsync()
			.toCompletableFuture()
			.<Void>thenApply((done) -> null)
			.whenComplete((done, failure) -> {
				if (failure != null) {
					// Stopping the application during a merge ends up here too.
					logger.warn("Search index segments were not merged ({}); searches go on over several",
							NestedExceptionUtils.getMostSpecificCause(failure).toString());
					logger.debug("Merging the search index segments failed", failure);
				}
				else {
					logger.info("Search index segments merged in {} ms", (System.nanoTime() - started) / 1_000_000);
				}
			});
	}

	/**
	 * A digest of every indexed field with its type and analyzers, and of the analysis
	 * version: it changes whenever the mapping does.
	 */
	String fingerprint() {
		StringBuilder description = new StringBuilder("analysis=").append(SearchAnalysis.VERSION)
			.append("\nlayout=")
			.append(LAYOUT)
			.append('\n');
		this.mapping.allIndexedEntities().forEach((entity) -> {
			description.append(entity.jpaName()).append('\n');
			entity.indexManager()
				.descriptor()
				.staticFields()
				.stream()
				.filter(IndexFieldDescriptor::isValueField)
				.map((field) -> field.absolutePath() + " " + field.toValueField().type())
				.sorted()
				.forEach((line) -> description.append(line).append('\n'));
		});
		return sha256(description.toString());
	}

	private String readMarker() {
		try {
			return Files.exists(this.marker) ? Files.readString(this.marker).strip() : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	private void writeMarker(String fingerprint) {
		try {
			Files.createDirectories(this.marker.getParent());
			Files.writeString(this.marker, fingerprint + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot record the search index version in " + this.marker, ex);
		}
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final class Progress implements MassIndexingMonitor {

		private final AtomicLong added = new AtomicLong();

		private final AtomicLong total = new AtomicLong();

		@Override
		public void documentsAdded(long increment) {
			SearchIndex.this.status.set(IndexStatus.building(this.added.addAndGet(increment), this.total.get()));
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void addToTotalCount(long increment) {
			this.total.addAndGet(increment);
		}

		@Override
		public void indexingCompleted() {
		}

	}

}
