package io.talknotes.imports;

import java.time.Instant;

/**
 * How far an import has got, as the page that waits for it shows.
 *
 * @param id the import
 * @param fileName the name of the file, or {@code null}
 * @param createdBy who uploaded it
 * @param createdAt when
 * @param status where it stands
 * @param done sessions applied so far
 * @param total sessions in the file
 * @param updatedAt when it last moved on
 */
record ImportProgress(Long id, String fileName, String createdBy, Instant createdAt, ImportStatus status, int done,
		int total, Instant updatedAt) {

	/** Whether it is still being applied by a node that is alive. */
	boolean isRunning(Instant now) {
		return this.status == ImportStatus.APPLYING && !this.updatedAt.plus(ScheduleImport.STALLED_AFTER).isBefore(now);
	}

}
