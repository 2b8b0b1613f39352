package io.talknotes.company;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyRepository extends JpaRepository<Company, Long> {

	Optional<Company> findBySlug(String slug);

	Optional<Company> findFirstByNameIgnoreCaseOrderById(String name);

	boolean existsBySlug(String slug);

	@Query("""
			select new io.talknotes.company.CompanySummary(c.slug, c.name,
				(select count(t) from Talk t join t.companies tc where tc = c),
				(select count(m) from ScaleMetric m where m.company = c))
			from Company c order by lower(c.name)""")
	List<CompanySummary> summaries();

	@Query("select count(t) from Talk t join t.companies c where c = :company")
	long countTalks(Company company);

	@Query("select count(s) from Speaker s where s.company = :company")
	long countSpeakers(Company company);

	@Query("select count(m) from ScaleMetric m where m.company = :company")
	long countMetrics(Company company);

}
