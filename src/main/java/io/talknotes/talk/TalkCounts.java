package io.talknotes.talk;

import java.util.Map;

import io.talknotes.conference.ConferenceCounter;
import io.talknotes.system.Counts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells conferences how many talks they have.
 */
@Component
@Transactional(readOnly = true)
public class TalkCounts implements ConferenceCounter {

	private final TalkRepository talks;

	TalkCounts(TalkRepository talks) {
		this.talks = talks;
	}

	@Override
	public Kind counts() {
		return Kind.TALKS;
	}

	@Override
	public Map<Long, Long> countByConference() {
		return Counts.byId(this.talks.countByConference());
	}

}
