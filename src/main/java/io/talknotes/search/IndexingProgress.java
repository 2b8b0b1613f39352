package io.talknotes.search;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Tells the index's status how far a rebuild has come, as the mass indexer adds
 * documents.
 */
final class IndexingProgress implements MassIndexingMonitor {

	private final AtomicReference<IndexStatus> status;

	private final AtomicLong added = new AtomicLong();

	private final AtomicLong total = new AtomicLong();

	IndexingProgress(AtomicReference<IndexStatus> status) {
		this.status = status;
	}

	/** Documents added so far. */
	long added() {
		return this.added.get();
	}

	@Override
	public void documentsAdded(long increment) {
		this.status.set(IndexStatus.building(this.added.addAndGet(increment), this.total.get()));
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
