package io.talknotes.talk;

/**
 * A talk was not deleted because notes or figures are about it; it can be marked
 * cancelled instead.
 */
public class TalkInUseException extends RuntimeException {

	private final TalkUsage usage;

	TalkInUseException(String slug, TalkUsage usage) {
		super("Talk " + slug + " has " + usage.notes() + " notes and " + usage.figures() + " figures");
		this.usage = usage;
	}

	/** What is about the talk. */
	public TalkUsage getUsage() {
		return this.usage;
	}

}
