package io.talknotes.system;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormerSlugRepository extends JpaRepository<FormerSlug, FormerSlug.Key> {

	List<FormerSlug> findByKindAndCurrentSlug(String kind, String currentSlug);

}
