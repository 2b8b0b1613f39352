package io.talknotes.system;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FormerSlugRepository extends JpaRepository<FormerSlug, FormerSlug.Key> {

	List<FormerSlug> findByKindAndCurrentSlug(String kind, String currentSlug);

	List<FormerSlug> findByKindAndCurrentSlugIn(String kind, Collection<String> currentSlugs);

	List<FormerSlug> findByKindAndSlugIn(String kind, Collection<String> slugs);

	@Query("select f.slug from FormerSlug f where f.kind = :kind and f.slug in :slugs")
	List<String> findSlugs(String kind, Collection<String> slugs);

}
