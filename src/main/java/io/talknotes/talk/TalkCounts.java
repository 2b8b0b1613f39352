package io.talknotes.talk;

import java.util.Collection;
import java.util.Map;

import io.talknotes.system.Counts;
import io.talknotes.system.ItemKind;
import io.talknotes.system.Usage;
import io.talknotes.system.UsageCounter;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the talks of conferences, companies, projects and speakers.
 */
@Component
@Transactional(readOnly = true)
public class TalkCounts implements UsageCounter {

	private final TalkRepository talks;

	TalkCounts(TalkRepository talks) {
		this.talks = talks;
	}

	@Override
	public Map<Long, Long> count(Usage usage, ItemKind kind, Collection<Long> ids) {
		if (usage != Usage.TALKS) {
			return Map.of();
		}
		return switch (kind) {
			case CONFERENCE -> Counts.byId(this.talks.countByConference(ids));
			case COMPANY -> Counts.byId(this.talks.countByCompany(ids));
			case PROJECT -> Counts.byId(this.talks.countByProject(ids));
			case SPEAKER -> Counts.byId(this.talks.countBySpeaker(ids));
			default -> Map.of();
		};
	}

}
