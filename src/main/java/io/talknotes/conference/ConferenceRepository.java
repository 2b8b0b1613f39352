package io.talknotes.conference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceRepository extends JpaRepository<Conference, Long> {

	Optional<Conference> findBySlug(String slug);

	List<Conference> findAllByOrderByStartsOnDesc();

	Optional<Conference> findFirstByNameIgnoreCaseOrderById(String name);

	boolean existsBySlug(String slug);

}
