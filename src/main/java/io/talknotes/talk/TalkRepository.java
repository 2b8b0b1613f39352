package io.talknotes.talk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.talknotes.speaker.Speaker;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TalkRepository extends JpaRepository<Talk, Long>, JpaSpecificationExecutor<Talk> {

	@EntityGraph(attributePaths = { "conference", "companies", "projects", "speakers" })
	Optional<Talk> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@EntityGraph(attributePaths = { "conference", "companies", "projects" })
	List<Talk> findByConferenceId(Long conferenceId, Sort sort);

	@Query("select coalesce(max(t.sortOrder), 0) from Talk t where t.conference.id = :conferenceId")
	int lastSortOrder(Long conferenceId);

	/**
	 * The speakers of the conference's talks, and those picked by slug wherever they
	 * spoke.
	 */
	@Query("select s from Speaker s where s.slug in :picked or exists (select t.id from Talk t join t.speakers ts "
			+ "where ts = s and t.conference.slug = :conferenceSlug) order by s.name, s.id")
	List<Speaker> findSpeakerChoices(String conferenceSlug, Collection<String> picked);

	@Query("select s from Speaker s where s.slug in :slugs order by s.name, s.id")
	List<Speaker> findSpeakers(Collection<String> slugs);

	@Query("select t from Talk t join t.companies c where c.slug = :companySlug order by t.conference.startsOn desc, t.sortOrder")
	List<Talk> findByCompanySlug(String companySlug);

	@Query("select t from Talk t join t.projects p where p.slug = :projectSlug order by t.conference.startsOn desc, t.sortOrder")
	List<Talk> findByProjectSlug(String projectSlug);

	@Query("select t from Talk t join t.speakers s where s.slug = :speakerSlug order by t.conference.startsOn desc, t.sortOrder")
	List<Talk> findBySpeakerSlug(String speakerSlug);

	@Query("select t.conference.id, count(t) from Talk t where t.conference.id in :ids group by t.conference.id")
	List<Object[]> countByConference(Collection<Long> ids);

	@Query("select c.id, count(t) from Talk t join t.companies c where c.id in :ids group by c.id")
	List<Object[]> countByCompany(Collection<Long> ids);

	@Query("select p.id, count(t) from Talk t join t.projects p where p.id in :ids group by p.id")
	List<Object[]> countByProject(Collection<Long> ids);

	@Query("select s.id, count(t) from Talk t join t.speakers s where s.id in :ids group by s.id")
	List<Object[]> countBySpeaker(Collection<Long> ids);

}
