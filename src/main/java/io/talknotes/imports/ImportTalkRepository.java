package io.talknotes.imports;

import java.util.Collection;
import java.util.List;

import io.talknotes.conference.Conference;
import io.talknotes.talk.Talk;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The talks an import reads and writes: those of the conference it goes to that came from
 * a schedule file. Talks made by hand have no import UID and are never among them.
 */
interface ImportTalkRepository extends Repository<Talk, Long> {

	/** Every imported talk of the conference, with its speakers and companies. */
	@EntityGraph(attributePaths = { "speakers", "companies" })
	@Query("select t from Talk t where t.conference = :conference and t.importUid is not null")
	List<Talk> findImported(Conference conference);

	@Query("select t from Talk t join fetch t.conference where t.id in :ids order by t.startsAt, t.sortOrder, t.title")
	List<Talk> findWithConference(Collection<Long> ids);

	boolean existsBySlug(String slug);

	@Query("select t.slug from Talk t where t.slug in :slugs")
	List<String> findSlugsAmong(Collection<String> slugs);

	Talk save(Talk talk);

}
