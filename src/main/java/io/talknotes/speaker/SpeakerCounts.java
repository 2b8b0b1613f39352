package io.talknotes.speaker;

import java.util.Collection;
import java.util.Map;

import io.talknotes.system.Counts;
import io.talknotes.system.ItemKind;
import io.talknotes.system.Usage;
import io.talknotes.system.UsageCounter;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the speakers who spoke for each company.
 */
@Component
@Transactional(readOnly = true)
public class SpeakerCounts implements UsageCounter {

	private final SpeakerRepository speakers;

	SpeakerCounts(SpeakerRepository speakers) {
		this.speakers = speakers;
	}

	@Override
	public Map<Long, Long> count(Usage usage, ItemKind kind, Collection<Long> ids) {
		return (usage == Usage.SPEAKERS && kind == ItemKind.COMPANY) ? Counts.byId(this.speakers.countByCompany(ids))
				: Map.of();
	}

}
