package io.talknotes.search;

import io.talknotes.note.Note;
import io.talknotes.talk.TalkRenamed;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Indexes the notes of a renamed talk again, in the transaction that renamed it: their
 * documents name the talk by its slug, which a change to the talk alone does not rebuild.
 */
@Component
class TalkRenames {

	private final EntityManager entityManager;

	TalkRenames(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@EventListener
	void reindexNotesOf(TalkRenamed renamed) {
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		this.entityManager
			.createQuery("select n from Note n where n.talk.id = :talk and n.deletedAt is null", Note.class)
			.setParameter("talk", renamed.talkId())
			.getResultList()
			.forEach(plan::addOrUpdate);
	}

}
