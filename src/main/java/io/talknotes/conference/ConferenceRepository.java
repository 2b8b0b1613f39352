package io.talknotes.conference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConferenceRepository extends JpaRepository<Conference, Long> {

	Optional<Conference> findBySlug(String slug);

	List<Conference> findAllByOrderByStartsOnDesc();

	Optional<Conference> findFirstByNameIgnoreCaseOrderById(String name);

	boolean existsBySlug(String slug);

	@Query("select count(t) from Talk t where t.conference = :conference")
	long countTalks(Conference conference);

	@Query("select count(n) from Note n where n.talk.conference = :conference and n.deletedAt is null")
	long countNotes(Conference conference);

	/** Notes in the trash count too: deleting their talks would delete them for good. */
	@Query("select count(n) from Note n where n.talk.conference = :conference and n.deletedAt is not null")
	long countNotesInTrash(Conference conference);

	@Query("select count(m) from ScaleMetric m where m.talk.conference = :conference")
	long countMetrics(Conference conference);

}
