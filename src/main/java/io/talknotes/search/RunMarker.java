package io.talknotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file that exists while the application runs and is removed when it stops cleanly.
 * Found at start, it tells that the last run ended without closing (killed, out of
 * memory, power lost), so that writes may have reached the database but not the index.
 */
final class RunMarker {

	private final Path file;

	private boolean begun;

	RunMarker(Path file) {
		this.file = file;
	}

	/**
	 * Records that the application runs.
	 * @return whether the previous run ended without a clean stop; only the first call
	 * can tell
	 */
	synchronized boolean begin() {
		if (this.begun) {
			return false;
		}
		this.begun = true;
		boolean unclean = Files.exists(this.file);
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, ProcessHandle.current().pid() + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot record that the application runs in " + this.file, ex);
		}
		return unclean;
	}

	/** Records a clean stop: every index write has been committed. */
	synchronized void end() {
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot record a clean stop in " + this.file, ex);
		}
	}

}
