package io.talknotes.talk;

import java.util.Collection;
import java.util.Map;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a feature built on talks keeps about them (their notes, their figures), told to
 * this feature so that it can count and filter talks by it without knowing that feature.
 */
public interface TalkContent {

	/** What the content is. */
	Kind kind();

	/**
	 * How many items each talk has that readers see.
	 * @param talkIds the talks, not empty
	 * @return counts by talk id; talks with none are left out
	 */
	Map<Long, Long> countByTalk(Collection<Long> talkIds);

	/** How many items of the talk would be lost with it, those in a trash included. */
	long countKept(Long talkId);

	/** The talks that have at least one item readers see. */
	Specification<Talk> present();

	/** The kinds of content talks have. */
	enum Kind {

		NOTES, FIGURES

	}

}
