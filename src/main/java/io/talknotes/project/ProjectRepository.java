package io.talknotes.project;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {

	Optional<Project> findBySlug(String slug);

	Optional<Project> findFirstByNameIgnoreCaseOrderById(String name);

	boolean existsBySlug(String slug);

}
