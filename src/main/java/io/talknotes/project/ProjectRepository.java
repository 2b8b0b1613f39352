package io.talknotes.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

	Optional<Project> findBySlug(String slug);

	Optional<Project> findFirstByNameIgnoreCaseOrderById(String name);

	boolean existsBySlug(String slug);

	@Query("""
			select new io.talknotes.project.ProjectSummary(p.slug, p.name, p.maturity,
				(select count(t) from Talk t join t.projects tp where tp = p),
				(select count(m) from ScaleMetric m where m.project = p))
			from Project p order by lower(p.name)""")
	List<ProjectSummary> summaries();

	@Query("select count(t) from Talk t join t.projects p where p = :project")
	long countTalks(Project project);

	@Query("select count(m) from ScaleMetric m where m.project = :project")
	long countMetrics(Project project);

}
