package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.talknotes.system.TalknotesProperties;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index built. Writes through JPA reach the index on commit; rows
 * written by SQL (the seed, bulk imports) only by mass indexing, which runs at start-up
 * when the index is missing or was built for another mapping ({@link IndexFingerprint}) —
 * not on every start.
 * <p>
 * An index on this node's own disk (Lucene) keeps the fingerprint it was built for beside
 * it, so that a new or wiped disk is rebuilt whatever the database says. A start after a
 * run that did not stop cleanly brings it in line with the database first
 * ({@link IndexReconciliation}): a write killed between its commit and its indexing is
 * then found, and one the database does not hold is not. That check runs before the web
 * server takes requests, so that no write can race it.
 * <p>
 * An index shared by several nodes (OpenSearch, Elasticsearch) is recorded in the
 * database instead ({@link SharedIndexBuild}): one node rebuilds it while the others
 * wait, and none drops it under the others — a rebuild fills a new generation of the
 * index while nodes already serving go on reading the one before
 * ({@link IndexGenerations}).
 */
@Component
public class SearchIndex implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private static final String MARKER = "talknotes-index.version";

	private static final String RUNNING = "talknotes-index.running";

	/**
	 * How long the generation of a shared index that searches read before a rebuild is
	 * kept once they read the new one.
	 */
	private static final Duration FORMER_GENERATIONS_KEPT = Duration.ofSeconds(5);

	private final SearchMapping mapping;

	private final Map<String, Object> settings;

	/** Whether the index lives elsewhere, shared with other nodes. */
	private final boolean shared;

	private final Path marker;

	private final RunMarker run;

	private final SharedIndexBuild sharedBuild;

	private final IndexReconciliation reconciliation;

	private final AtomicReference<IndexStatus> status = new AtomicReference<>(IndexStatus.checking());

	private volatile boolean rebuiltAtStart;

	/** What the check before requests found, until the application is ready. */
	private Boolean checkedBeforeRequests;

	private CompletableFuture<Void> running;

	private CompletableFuture<Void> merging = CompletableFuture.completedFuture(null);

	@Autowired
	SearchIndex(EntityManagerFactory entityManagerFactory, DataSource dataSource, TalknotesProperties properties) {
		this(entityManagerFactory, dataSource, properties, !isLucene(Search.mapping(entityManagerFactory).backend()));
	}

	/**
	 * @param shared whether the index is shared with other nodes, as one on OpenSearch
	 * is; tests treat the Lucene index of one JVM as shared by the nodes they start in it
	 */
	SearchIndex(EntityManagerFactory entityManagerFactory, DataSource dataSource, TalknotesProperties properties,
			boolean shared) {
		this.mapping = Search.mapping(entityManagerFactory);
		this.settings = entityManagerFactory.getProperties();
		this.shared = shared;
		this.marker = properties.dataDir().resolve("index").resolve(MARKER);
		this.run = new RunMarker(properties.dataDir().resolve("index").resolve(RUNNING));
		this.sharedBuild = new SharedIndexBuild(dataSource);
		this.reconciliation = new IndexReconciliation(entityManagerFactory);
	}

	/** Whether the index is Lucene's, on this node, rather than on a search cluster. */
	static boolean isLucene(Backend backend) {
		try {
			backend.unwrap(LuceneBackend.class);
			return true;
		}
		catch (SearchException ex) {
			return false;
		}
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
		if (!this.shared) {
			this.checkedBeforeRequests = upToDate();
		}
	}

	/**
	 * Once the application is ready, answers from an index found up to date, or rebuilds
	 * it in the background; a shared index is checked in the background too, as this node
	 * may have to wait while another rebuilds it.
	 */
	@EventListener(ApplicationReadyEvent.class)
	synchronized void buildIfStale() {
		if (isRebuilding()) {
			// The rebuild under way writes the marker when it is done.
			return;
		}
		if (this.shared) {
			this.running = CompletableFuture.runAsync(this::buildSharedIfStale);
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
	 * Checks a shared index, and rebuilds it if stale, waiting while another node does.
	 */
	void buildSharedIfStale() {
		try {
			this.rebuiltAtStart = this.sharedBuild.buildIfStale(fingerprint(), this::updateSchema, this::rebuildShared);
			if (!this.rebuiltAtStart) {
				logger.info("Shared search index is up to date");
			}
			this.status.set(IndexStatus.ready());
		}
		catch (RuntimeException ex) {
			logger.error("Shared search index could not be checked or rebuilt", ex);
			this.status.set(IndexStatus.failed());
		}
	}

	private void updateSchema() {
		this.mapping.scope(Object.class).schemaManager().createOrUpdate();
	}

	/**
	 * Builds a shared index anew. On a search cluster, a new generation beside the one
	 * nodes read meanwhile ({@link IndexGenerations}), whose former generation is deleted
	 * a little later: searches already sent to it may still be running.
	 */
	private void rebuildShared() {
		if (isLucene(this.mapping.backend())) {
			updateSchema();
			massIndex().join();
			return;
		}
		IndexGenerations generations = IndexGenerations.of(this.mapping);
		List<String> former = generations.build(() -> massIndex().join());
		CompletableFuture
			.runAsync(() -> generations.delete(former),
					CompletableFuture.delayedExecutor(FORMER_GENERATIONS_KEPT.toMillis(), TimeUnit.MILLISECONDS))
			.whenComplete((done, failure) -> {
				if (failure != null) {
					logger.warn("Former search indexes {} were not deleted", former, failure);
				}
			});
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
		if (!this.shared) {
			this.run.end();
		}
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
		IndexingProgress progress = new IndexingProgress(this.status);
		long started = System.nanoTime();
		return this.mapping.scope(Object.class)
			.massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(100)
			// A shared index is never dropped under other nodes: it is filled in place, a
			// new generation or the one they read; this node's own is dropped and built
			// anew.
			.dropAndCreateSchemaOnStart(!this.shared)
			.purgeAllOnStart(!this.shared)
			// The index answers as soon as every document is in; merging waits.
			.mergeSegmentsOnFinish(false)
			.monitor(progress)
			.start()
			.toCompletableFuture()
			.<Void>thenApply((done) -> {
				if (!this.shared) {
					writeMarker(fingerprint());
				}
				logger.info("Search index rebuilt: {} documents in {} ms", progress.added(),
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
	 * A digest of the mapping and the analysis the index is built from: it changes
	 * whenever either does.
	 */
	String fingerprint() {
		return IndexFingerprint.of(this.mapping, this.settings);
	}

	/** Whether the index is shared with other nodes, rather than on this node's disk. */
	boolean isShared() {
		return this.shared;
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

}
