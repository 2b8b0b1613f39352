package io.talknotes.figure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.talknotes.system.NamedLink;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FigureRepository extends JpaRepository<Figure, Long>, JpaSpecificationExecutor<Figure> {

	String FETCH = "select m from Figure m join fetch m.talk t join fetch t.conference "
			+ "left join fetch m.company left join fetch m.project ";

	@Override
	@EntityGraph(attributePaths = { "talk", "talk.conference", "company", "project" })
	List<Figure> findAll(Specification<Figure> spec);

	@Query(FETCH + "where m.id = :id")
	Optional<Figure> findWithLinksById(Long id);

	@Query(FETCH + "where t.id = :talkId order by m.sortOrder, m.id")
	List<Figure> findByTalk(Long talkId);

	@Query(FETCH + "where m.company.slug = :companySlug order by m.unit, m.value desc")
	List<Figure> findByCompany(String companySlug);

	@Query(FETCH + "where m.project.slug = :projectSlug order by m.unit, m.value desc")
	List<Figure> findByProject(String projectSlug);

	@Query("select coalesce(a.username, '') from Figure m left join m.createdBy a where m.id = :id")
	Optional<String> findCreatorById(Long id);

	@Query("select m.talk.conference.id, count(m) from Figure m where m.talk.conference.id in :ids "
			+ "group by m.talk.conference.id")
	List<Object[]> countByConference(Collection<Long> ids);

	@Query("select m.company.id, count(m) from Figure m where m.company.id in :ids group by m.company.id")
	List<Object[]> countByCompany(Collection<Long> ids);

	@Query("select m.project.id, count(m) from Figure m where m.project.id in :ids group by m.project.id")
	List<Object[]> countByProject(Collection<Long> ids);

	@Query("select m.talk.id, count(m) from Figure m where m.talk.id in :talkIds group by m.talk.id")
	List<Object[]> countByTalk(Collection<Long> talkIds);

	@Query("select count(m) from Figure m where m.talk.id = :talkId")
	long countByTalk(Long talkId);

	@Query("select coalesce(max(m.sortOrder), 0) from Figure m where m.talk.id = :talkId")
	int findLastSortOrder(Long talkId);

	@Query("select distinct m.unit from Figure m")
	List<String> findUnits();

	@Query("select distinct new io.talknotes.system.NamedLink(c.slug, c.name) from Figure m join m.company c")
	List<NamedLink> findCompanies();

	@Query("select distinct new io.talknotes.system.NamedLink(p.slug, p.name) from Figure m join m.project p")
	List<NamedLink> findProjects();

	@Query("""
			select distinct new io.talknotes.system.NamedLink(c.slug, c.name)
			from Figure m join m.talk t join t.conference c""")
	List<NamedLink> findConferences();

}
