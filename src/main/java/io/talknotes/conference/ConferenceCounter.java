package io.talknotes.conference;

import java.util.Map;

/**
 * Counts what a feature built on conferences keeps about them (their talks, notes,
 * figures), told to this feature so that it can show the counts without knowing that
 * feature.
 */
public interface ConferenceCounter {

	/** What is counted. */
	Kind counts();

	/** How many items each conference has, by conference id; those with none left out. */
	Map<Long, Long> countByConference();

	/** What conferences hold. */
	enum Kind {

		TALKS, NOTES, FIGURES

	}

}
