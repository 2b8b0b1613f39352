package io.talknotes.imports;

import java.time.Instant;
import java.util.Optional;

import io.talknotes.account.Account;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ScheduleImportRepository extends Repository<ScheduleImport, Long> {

	ScheduleImport save(ScheduleImport scheduleImport);

	Optional<ScheduleImport> findById(Long id);

	/** Where an apply stands, read without the file. */
	@Query("""
			select new io.talknotes.imports.ImportProgress(i.id, i.fileName, a.displayName, i.createdAt, i.status,
				i.progressDone, i.progressTotal, i.updatedAt)
			from ScheduleImport i join i.createdBy a where i.id = :id""")
	Optional<ImportProgress> findProgress(Long id);

	/** What applying reads: the file and where it goes, without the import's row. */
	@Query("""
			select new io.talknotes.imports.ImportSource(i.fileName, i.content, c.id, i.conferenceName)
			from ScheduleImport i left join i.conference c where i.id = :id""")
	Optional<ImportSource> findSource(Long id);

	/**
	 * Marks the import as being applied, when it is ready, failed, or being applied by a
	 * node that stopped.
	 * @return 1 when it was marked, 0 when it is applied already or someone is applying
	 * it
	 */
	@Modifying
	@Query("""
			update ScheduleImport i set i.status = io.talknotes.imports.ImportStatus.APPLYING, i.appliedBy = :account,
			i.progressDone = 0, i.progressTotal = :total, i.resultMessage = null, i.updatedAt = :now
			where i.id = :id and (i.status in (io.talknotes.imports.ImportStatus.READY, io.talknotes.imports.ImportStatus.FAILED)
			or (i.status = io.talknotes.imports.ImportStatus.APPLYING and i.updatedAt < :stalledBefore))""")
	int startApplying(Long id, Account account, int total, Instant now, Instant stalledBefore);

	@Modifying
	@Query("update ScheduleImport i set i.progressDone = :done, i.updatedAt = :now where i.id = :id")
	void reportProgress(Long id, int done, Instant now);

}
