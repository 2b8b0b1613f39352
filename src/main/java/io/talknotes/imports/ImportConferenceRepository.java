package io.talknotes.imports;

import java.util.List;
import java.util.Optional;

import io.talknotes.conference.Conference;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The conferences an import may go to, found by what a schedule file calls them.
 */
interface ImportConferenceRepository extends Repository<Conference, Long> {

	Optional<Conference> findById(Long id);

	Optional<Conference> findBySlug(String slug);

	/** Every conference by name, to pick one on the form. */
	@Query("select c from Conference c order by lower(c.name)")
	List<Conference> findAllByName();

	/**
	 * The conferences with that name, ignoring case, or whose acronym is that name or the
	 * acronym given; the oldest first.
	 */
	@Query("""
			select c from Conference c where lower(c.name) = lower(:name)
			or lower(c.acronym) = lower(:name) or lower(c.acronym) = lower(:acronym) order by c.id""")
	List<Conference> findNamed(String name, String acronym);

	boolean existsBySlug(String slug);

	Conference save(Conference conference);

}
