package io.talknotes.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What applying an import did to one talk.
 */
@Embeddable
class TalkOutcome {

	/** How an import touched a talk. */
	enum Outcome {

		ADDED, CHANGED, CANCELLED, REINSTATED

	}

	@Column(name = "talk_id", nullable = false)
	private Long talkId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Outcome outcome;

	protected TalkOutcome() {
	}

	TalkOutcome(Long talkId, Outcome outcome) {
		this.talkId = talkId;
		this.outcome = outcome;
	}

	Long getTalkId() {
		return this.talkId;
	}

	Outcome getOutcome() {
		return this.outcome;
	}

}
