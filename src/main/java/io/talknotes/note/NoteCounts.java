package io.talknotes.note;

import java.util.Collection;
import java.util.Map;

import io.talknotes.system.Counts;
import io.talknotes.system.ItemKind;
import io.talknotes.system.Usage;
import io.talknotes.system.UsageCounter;
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
public class NoteCounts implements TalkContent, UsageCounter {

	private final NoteRepository notes;

	NoteCounts(NoteRepository notes) {
		this.notes = notes;
	}

	@Override
	public TalkContent.Kind kind() {
		return TalkContent.Kind.NOTES;
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
	public Map<Long, Long> count(Usage usage, ItemKind kind, Collection<Long> ids) {
		if (kind != ItemKind.CONFERENCE) {
			return Map.of();
		}
		return switch (usage) {
			case NOTES -> Counts.byId(this.notes.countByConference(ids));
			case TRASHED_NOTES -> Counts.byId(this.notes.countTrashedByConference(ids));
			default -> Map.of();
		};
	}

}
