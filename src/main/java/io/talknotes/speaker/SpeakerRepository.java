package io.talknotes.speaker;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.talknotes.company.Company;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SpeakerRepository extends JpaRepository<Speaker, Long> {

	@EntityGraph(attributePaths = "company")
	Optional<Speaker> findBySlug(String slug);

	Optional<Speaker> findFirstByNameIgnoreCaseOrderById(String name);

	boolean existsBySlug(String slug);

	List<Speaker> findByCompany(Company company);

	@Query("select s.company.id, count(s) from Speaker s where s.company.id in :ids group by s.company.id")
	List<Object[]> countByCompany(Collection<Long> ids);

}
