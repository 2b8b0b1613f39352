package io.talknotes.note;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Notes, those in the trash left out unless a method says otherwise.
 */
interface NoteRepository extends JpaRepository<Note, Long> {

	@Query("select n from Note n where n.talk.id = :talkId and n.deletedAt is null order by n.createdAt, n.id")
	List<Note> findByTalk(Long talkId);

	@EntityGraph(attributePaths = "talk")
	@Query("select n from Note n where n.deletedAt is null order by n.updatedAt desc, n.id desc")
	List<Note> findRecent(Pageable page);

	/** A note whether or not it is in the trash. */
	@EntityGraph(attributePaths = "talk")
	Optional<Note> findWithTalkById(Long id);

	/** A note of the talk that is not in the trash. */
	default Optional<Note> findOnTalk(String talkSlug, Long id) {
		return findWithTalkById(id).filter((note) -> !note.isTrashed() && note.getTalk().getSlug().equals(talkSlug));
	}

	/** Id, body and version of notes whose stored HTML another rendering made, by id. */
	@Query("select n.id, n.body, n.version from Note n where n.id > :after "
			+ "and (n.renderedWith is null or n.renderedWith <> :fingerprint) order by n.id")
	List<Object[]> findRenderedOtherwise(Integer fingerprint, Long after, Pageable page);

	/** Id, body and version of notes with no stored HTML (inserted by SQL), by id. */
	@Query("select n.id, n.body, n.version from Note n where n.renderedWith is null and n.id > :after order by n.id")
	List<Object[]> findNotRendered(Long after, Pageable page);

	/** The rendering every note was last brought up to, or null before the first time. */
	@Query(value = "select rendered_with from note_rendering where id = 1", nativeQuery = true)
	Integer findRenderingOfAll();

	/** Records that every note was brought up to a rendering. */
	@Modifying
	@Query(value = "update note_rendering set rendered_with = :fingerprint where id = 1", nativeQuery = true)
	void recordRenderingOfAll(Integer fingerprint);

	/** Keeps a note's rendering unless the note changed; not a change of the note. */
	@Modifying
	@Query("update Note n set n.renderedHtml = :html, n.renderedWith = :fingerprint "
			+ "where n.id = :id and n.version = :version")
	int keepRendering(Long id, long version, String html, Integer fingerprint);

	@Query("select coalesce(a.username, '') from Note n left join n.createdBy a where n.id = :id")
	Optional<String> findWriterById(Long id);

	@Query("select n.talk.conference.id, count(n) from Note n where n.talk.conference.id in :ids "
			+ "and n.deletedAt is null group by n.talk.conference.id")
	List<Object[]> countByConference(Collection<Long> ids);

	@Query("select n.talk.conference.id, count(n) from Note n where n.talk.conference.id in :ids "
			+ "and n.deletedAt is not null group by n.talk.conference.id")
	List<Object[]> countTrashedByConference(Collection<Long> ids);

	@Query("select n.talk.id, count(n) from Note n where n.talk.id in :talkIds and n.deletedAt is null group by n.talk.id")
	List<Object[]> countByTalk(Collection<Long> talkIds);

	@Query("select count(n) from Note n where n.talk.id = :talkId")
	long countEveryNote(Long talkId);

	@EntityGraph(attributePaths = "talk")
	@Query("select n from Note n where n.deletedAt is not null order by n.deletedAt desc, n.id desc")
	List<Note> findTrashed();

}
