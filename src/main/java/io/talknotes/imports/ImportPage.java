package io.talknotes.imports;

import java.time.Instant;

import org.springframework.context.MessageSourceResolvable;

/**
 * The page of one import: its preview while it waits to be applied, its progress while it
 * is applied, what it did once applied, and why it failed if it did.
 *
 * @param id the import
 * @param fileName the name of the file, or {@code null} for pasted text
 * @param createdBy who uploaded it
 * @param createdAt when
 * @param state where it stands
 * @param done sessions applied so far, while it is applied
 * @param total sessions to apply
 * @param failure why applying failed, or why the file cannot be read any more, to resolve
 * in the reader's locale; or {@code null}
 * @param preview what applying would do, or {@code null} while it is applied or once it
 * was
 * @param result what applying did, or {@code null} until it was applied
 */
public record ImportPage(Long id, String fileName, String createdBy, Instant createdAt, State state, int done,
		int total, MessageSourceResolvable failure, ImportPreview preview, ImportResult result) {

	/** Where an import stands, as its page shows it. */
	public enum State {

		/** Can be previewed and applied. */
		READY,

		/** Being applied: the page shows how far it got and reloads itself. */
		APPLYING,

		/** Applied: the page shows what it did. */
		APPLIED,

		/** Applying failed and was undone: nothing of it was applied. */
		FAILED,

		/** The node applying it stopped before it finished: nothing of it was applied. */
		STALLED;

		public boolean isApplying() {
			return this == APPLYING;
		}

		public boolean isApplied() {
			return this == APPLIED;
		}

	}

	/** Whether Apply is offered. */
	public boolean isApplicable() {
		return this.state != State.APPLYING && this.state != State.APPLIED && this.preview != null;
	}

	/** How far applying got, in whole percent. */
	public int percentDone() {
		return (this.total > 0) ? (int) (100L * this.done / this.total) : 0;
	}

}
