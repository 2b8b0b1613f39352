package io.talknotes.company;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<Company, Long> {

	Optional<Company> findBySlug(String slug);

	Optional<Company> findFirstByNameIgnoreCaseOrderById(String name);

	boolean existsBySlug(String slug);

}
