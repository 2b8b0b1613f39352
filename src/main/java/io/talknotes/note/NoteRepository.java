package io.talknotes.note;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoteRepository extends JpaRepository<Note, Long> {

	@Query("select n from Note n where n.talk.id = :talkId order by n.createdAt, n.id")
	List<Note> findByTalk(Long talkId);

	@EntityGraph(attributePaths = "talk")
	@Query("select n from Note n order by n.updatedAt desc, n.id desc")
	List<Note> findRecent(Pageable page);

	@EntityGraph(attributePaths = "talk")
	Optional<Note> findWithTalkById(Long id);

	@Query("select coalesce(a.username, '') from Note n left join n.createdBy a where n.id = :id")
	Optional<String> findWriterById(Long id);

	@Query("select n.talk.conference.id, count(n) from Note n group by n.talk.conference.id")
	List<Object[]> countByConference();

}
