package io.talknotes.imports;

import java.util.Collection;
import java.util.List;

import io.talknotes.company.Company;
import io.talknotes.speaker.Speaker;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The speakers an import names, looked up all at once by name rather than one query per
 * speaker, and the new ones it adds.
 */
interface ImportPeopleRepository extends Repository<Speaker, Long> {

	/**
	 * The speakers with one of these names, lower-cased, with their companies; oldest
	 * first.
	 */
	@Query("select s from Speaker s left join fetch s.company where lower(s.name) in :names order by s.id")
	List<Speaker> findSpeakersNamed(Collection<String> names);

	/** The companies with one of these names, lower-cased; oldest first. */
	@Query("select c from Company c where lower(c.name) in :names order by c.id")
	List<Company> findCompaniesNamed(Collection<String> names);

	@Query("select count(s) > 0 from Speaker s where s.slug = :slug")
	boolean speakerExists(String slug);

	@Query("select count(c) > 0 from Company c where c.slug = :slug")
	boolean companyExists(String slug);

	@Query("select s.slug from Speaker s where s.slug in :slugs")
	List<String> findSpeakerSlugsAmong(Collection<String> slugs);

	@Query("select c.slug from Company c where c.slug in :slugs")
	List<String> findCompanySlugsAmong(Collection<String> slugs);

	Speaker save(Speaker speaker);

}
