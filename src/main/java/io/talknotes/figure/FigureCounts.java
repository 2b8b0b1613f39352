package io.talknotes.figure;

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
 * Tells talks, conferences, companies and projects how many figures are about them, so
 * that their pages count them without knowing this feature, and nothing with figures is
 * deleted.
 */
@Component
@Transactional(readOnly = true)
public class FigureCounts implements TalkContent, UsageCounter {

	private final FigureRepository figures;

	FigureCounts(FigureRepository figures) {
		this.figures = figures;
	}

	@Override
	public TalkContent.Kind kind() {
		return TalkContent.Kind.FIGURES;
	}

	@Override
	public Map<Long, Long> countByTalk(Collection<Long> talkIds) {
		return Counts.byId(this.figures.countByTalk(talkIds));
	}

	@Override
	public long countKept(Long talkId) {
		return this.figures.countByTalk(talkId);
	}

	@Override
	public Specification<Talk> present() {
		return (talk, query, cb) -> {
			Subquery<Long> sub = query.subquery(Long.class);
			Root<Figure> figure = sub.from(Figure.class);
			return cb.exists(sub.select(figure.get("id")).where(cb.equal(figure.get("talk"), talk)));
		};
	}

	@Override
	public Map<Long, Long> count(Usage usage, ItemKind kind, Collection<Long> ids) {
		if (usage != Usage.FIGURES) {
			return Map.of();
		}
		return switch (kind) {
			case CONFERENCE -> Counts.byId(this.figures.countByConference(ids));
			case COMPANY -> Counts.byId(this.figures.countByCompany(ids));
			case PROJECT -> Counts.byId(this.figures.countByProject(ids));
			default -> Map.of();
		};
	}

}
