package io.talknotes.talk;

import java.util.Collection;
import java.util.List;

import io.talknotes.company.Company;
import io.talknotes.conference.Conference;
import io.talknotes.project.Project;
import io.talknotes.speaker.Speaker;
import io.talknotes.system.FormerSlugs;
import io.talknotes.system.NamedEntity;
import io.talknotes.system.NamedEntityDeleting;
import io.talknotes.system.NamedEntityRenamed;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps talks in step with the conference, companies, speakers and projects they name,
 * inside the transaction that changes those.
 * <p>
 * A talk's search document holds their names, but is not rebuilt when a name changes (the
 * associations are indexed {@code SHALLOW}, so that one edit does not reindex thousands
 * of talks unasked): a rename asks for the talks that show the name. A company, speaker
 * or project that is deleted is taken off its talks; a conference that is deleted takes
 * its talks with it, and their documents leave the index on commit.
 */
@Component
class TalkReferences {

	private static final String TALK = "talk";

	private final TalkRepository talks;

	private final EntityManager entityManager;

	private final FormerSlugs formerSlugs;

	TalkReferences(TalkRepository talks, EntityManager entityManager, FormerSlugs formerSlugs) {
		this.talks = talks;
		this.entityManager = entityManager;
		this.formerSlugs = formerSlugs;
	}

	@EventListener
	void renamed(NamedEntityRenamed event) {
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		naming(event.item()).forEach(plan::addOrUpdate);
	}

	@EventListener
	void deleting(NamedEntityDeleting event) {
		NamedEntity item = event.item();
		if (item instanceof Conference) {
			List<Talk> programme = naming(item);
			programme.forEach((talk) -> this.formerSlugs.forget(TALK, talk.getSlug()));
			this.talks.deleteAll(programme);
			return;
		}
		for (Talk talk : naming(item)) {
			if (item instanceof Company) {
				talk.presentedBy(without(talk.getCompanies(), item));
			}
			else if (item instanceof Speaker) {
				talk.spokenBy(without(talk.getSpeakers(), item));
			}
			else if (item instanceof Project) {
				talk.covers(without(talk.getProjects(), item));
			}
		}
	}

	/** The talks that show the item's name. */
	private List<Talk> naming(NamedEntity item) {
		if (item instanceof Conference conference) {
			return this.talks.findAll((talk, query, where) -> where.equal(talk.get("conference"), conference));
		}
		if (item instanceof Company) {
			return this.talks.findByCompanySlug(item.getSlug());
		}
		if (item instanceof Speaker) {
			return this.talks.findBySpeakerSlug(item.getSlug());
		}
		if (item instanceof Project) {
			return this.talks.findByProjectSlug(item.getSlug());
		}
		return List.of();
	}

	private static <T extends NamedEntity> List<T> without(Collection<T> items, NamedEntity item) {
		return items.stream().filter((each) -> !each.getId().equals(item.getId())).toList();
	}

}
