package io.talknotes.metric;

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

	private final ScaleMetricRepository metrics;

	FigureCounts(ScaleMetricRepository metrics) {
		this.metrics = metrics;
	}

	@Override
	public TalkContent.Kind kind() {
		return TalkContent.Kind.FIGURES;
	}

	@Override
	public Map<Long, Long> countByTalk(Collection<Long> talkIds) {
		return Counts.byId(this.metrics.countByTalk(talkIds));
	}

	@Override
	public long countKept(Long talkId) {
		return this.metrics.countByTalk(talkId);
	}

	@Override
	public Specification<Talk> present() {
		return (talk, query, cb) -> {
			Subquery<Long> sub = query.subquery(Long.class);
			Root<ScaleMetric> metric = sub.from(ScaleMetric.class);
			return cb.exists(sub.select(metric.get("id")).where(cb.equal(metric.get("talk"), talk)));
		};
	}

	@Override
	public Map<Long, Long> count(Usage usage, ItemKind kind, Collection<Long> ids) {
		if (usage != Usage.FIGURES) {
			return Map.of();
		}
		return switch (kind) {
			case CONFERENCE -> Counts.byId(this.metrics.countByConference(ids));
			case COMPANY -> Counts.byId(this.metrics.countByCompany(ids));
			case PROJECT -> Counts.byId(this.metrics.countByProject(ids));
			default -> Map.of();
		};
	}

}
