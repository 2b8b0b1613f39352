package io.talknotes.note;

import java.util.Collection;
import java.util.Map;

import io.talknotes.conference.ConferenceCounter;
import io.talknotes.system.Counts;
import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkContent;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells talks and conferences how many notes they have, so that their pages count and
 * filter by notes without knowing this feature. Notes in the trash are not counted, but
 * are kept: a talk that has some is not deleted.
 */
@Component
@Transactional(readOnly = true)
public class NoteCounts implements TalkContent, ConferenceCounter {

	private final NoteRepository notes;

	NoteCounts(NoteRepository notes) {
		this.notes = notes;
	}

	@Override
	public TalkContent.Kind kind() {
		return TalkContent.Kind.NOTES;
	}

	@Override
	public ConferenceCounter.Kind counts() {
		return ConferenceCounter.Kind.NOTES;
	}

	@Override
	public Map<Long, Long> countByTalk(Collection<Long> talkIds) {
		return Counts.byId(this.notes.countByTalk(talkIds));
	}

	@Override
	public long countKept(Long talkId) {
		return this.notes.countEveryNote(talkId);
	}

	@Override
	public Specification<Talk> present() {
		return (talk, query, cb) -> {
			Subquery<Long> sub = query.subquery(Long.class);
			Root<Note> note = sub.from(Note.class);
			return cb.exists(sub.select(note.get("id"))
				.where(cb.equal(note.get("talk"), talk), cb.isNull(note.get("deletedAt"))));
		};
	}

	@Override
	public Map<Long, Long> countByConference() {
		return Counts.byId(this.notes.countByConference());
	}

}
