package io.talknotes.talk;

/**
 * What is about a talk and would be lost with it.
 *
 * @param notes its notes, those in the trash included
 * @param figures the figures quoted in it
 */
public record TalkUsage(long notes, long figures) {

	/**
	 * Whether anything is about the talk, so that it may be marked cancelled, not
	 * deleted.
	 */
	public boolean isInUse() {
		return this.notes > 0 || this.figures > 0;
	}

}
