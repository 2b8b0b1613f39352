package io.talknotes.metric;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.talknotes.system.NamedLink;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ScaleMetricRepository extends JpaRepository<ScaleMetric, Long>, JpaSpecificationExecutor<ScaleMetric> {

	String FETCH = "select m from ScaleMetric m join fetch m.talk t join fetch t.conference "
			+ "left join fetch m.company left join fetch m.project ";

	@Override
	@EntityGraph(attributePaths = { "talk", "talk.conference", "company", "project" })
	List<ScaleMetric> findAll(Specification<ScaleMetric> spec);

	@Query(FETCH + "where m.id = :id")
	Optional<ScaleMetric> findWithLinksById(Long id);

	@Query(FETCH + "where t.id = :talkId order by m.sortOrder, m.id")
	List<ScaleMetric> findByTalk(Long talkId);

	@Query(FETCH + "where m.company.slug = :companySlug order by m.unit, m.value desc")
	List<ScaleMetric> findByCompany(String companySlug);

	@Query(FETCH + "where m.project.slug = :projectSlug order by m.unit, m.value desc")
	List<ScaleMetric> findByProject(String projectSlug);

	@Query("select coalesce(a.username, '') from ScaleMetric m left join m.createdBy a where m.id = :id")
	Optional<String> findCreatorById(Long id);

	@Query("select m.talk.conference.id, count(m) from ScaleMetric m where m.talk.conference.id in :ids "
			+ "group by m.talk.conference.id")
	List<Object[]> countByConference(Collection<Long> ids);

	@Query("select m.company.id, count(m) from ScaleMetric m where m.company.id in :ids group by m.company.id")
	List<Object[]> countByCompany(Collection<Long> ids);

	@Query("select m.project.id, count(m) from ScaleMetric m where m.project.id in :ids group by m.project.id")
	List<Object[]> countByProject(Collection<Long> ids);

	@Query("select m.talk.id, count(m) from ScaleMetric m where m.talk.id in :talkIds group by m.talk.id")
	List<Object[]> countByTalk(Collection<Long> talkIds);

	@Query("select count(m) from ScaleMetric m where m.talk.id = :talkId")
	long countByTalk(Long talkId);

	@Query("select coalesce(max(m.sortOrder), 0) from ScaleMetric m where m.talk.id = :talkId")
	int findLastSortOrder(Long talkId);

	@Query("select distinct m.unit from ScaleMetric m")
	List<String> findUnits();

	@Query("select distinct new io.talknotes.system.NamedLink(c.slug, c.name) from ScaleMetric m join m.company c")
	List<NamedLink> findCompanies();

	@Query("select distinct new io.talknotes.system.NamedLink(p.slug, p.name) from ScaleMetric m join m.project p")
	List<NamedLink> findProjects();

	@Query("""
			select distinct new io.talknotes.system.NamedLink(c.slug, c.name)
			from ScaleMetric m join m.talk t join t.conference c""")
	List<NamedLink> findConferences();

}
