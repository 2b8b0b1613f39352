package io.talknotes.metric;

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
 * Tells talks and conferences how many figures were quoted in them, so that their pages
 * count them without knowing this feature, and a talk with figures is not deleted.
 */
@Component
@Transactional(readOnly = true)
public class FigureCounts implements TalkContent, ConferenceCounter {

	private final ScaleMetricRepository metrics;

	FigureCounts(ScaleMetricRepository metrics) {
		this.metrics = metrics;
	}

	@Override
	public TalkContent.Kind kind() {
		return TalkContent.Kind.FIGURES;
	}

	@Override
	public ConferenceCounter.Kind counts() {
		return ConferenceCounter.Kind.FIGURES;
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
	public Map<Long, Long> countByConference() {
		return Counts.byId(this.metrics.countByConference());
	}

}
