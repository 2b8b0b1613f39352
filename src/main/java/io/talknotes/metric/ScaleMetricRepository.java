package io.talknotes.metric;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScaleMetricRepository extends JpaRepository<ScaleMetric, Long> {

	String FETCH = "select m from ScaleMetric m join fetch m.talk t left join fetch m.company left join fetch m.project ";

	@Query(FETCH + "where t.id = :talkId order by m.sortOrder, m.id")
	List<ScaleMetric> findByTalk(Long talkId);

	@Query(FETCH + "where m.company.slug = :companySlug order by m.unit, m.value desc")
	List<ScaleMetric> findByCompany(String companySlug);

	@Query(FETCH + "where m.project.slug = :projectSlug order by m.unit, m.value desc")
	List<ScaleMetric> findByProject(String projectSlug);

	@Query(FETCH + "order by t.sortOrder, m.sortOrder, m.id")
	List<ScaleMetric> findAllWithLinks();

	@Query("select count(m) from ScaleMetric m where m.talk.conference.id = :conferenceId")
	long countByConference(Long conferenceId);

}
