package io.talknotes.search;

/**
 * Whether the search index can answer.
 *
 * @param state where the index stands
 * @param done talks indexed so far while building
 * @param total talks to index while building, 0 until known
 */
public record IndexStatus(State state, long done, long total) {

	static IndexStatus checking() {
		return new IndexStatus(State.CHECKING, 0, 0);
	}

	static IndexStatus building(long done, long total) {
		return new IndexStatus(State.BUILDING, done, total);
	}

	static IndexStatus ready() {
		return new IndexStatus(State.READY, 0, 0);
	}

	static IndexStatus failed() {
		return new IndexStatus(State.FAILED, 0, 0);
	}

	/** Whether searches get complete answers. */
	public boolean isReady() {
		return this.state == State.READY;
	}

	/** How far a rebuild has come, 0 to 100. */
	public int percent() {
		return (this.total > 0) ? (int) Math.min(100, this.done * 100 / this.total) : 0;
	}

	/** Where the index stands. */
	public enum State {

		CHECKING, BUILDING, READY, FAILED

	}

}
