package io.talknotes.speaker;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpeakerRepository extends JpaRepository<Speaker, Long> {

	@EntityGraph(attributePaths = "company")
	Optional<Speaker> findBySlug(String slug);

	Optional<Speaker> findFirstByNameIgnoreCaseOrderById(String name);

	boolean existsBySlug(String slug);

}
