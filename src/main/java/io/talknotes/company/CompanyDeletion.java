package io.talknotes.company;

/**
 * What deleting a company would do: take it off its talks and speakers, or be refused
 * while figures are about it.
 *
 * @param company the company
 * @param talkCount how many talks it would be taken off
 * @param speakerCount how many speakers would no longer speak for it
 * @param figureCount how many figures are about it
 */
public record CompanyDeletion(Company company, long talkCount, long speakerCount, long figureCount) {

	/** Whether the company may not be deleted, for the figures about it. */
	public boolean refused() {
		return this.figureCount > 0;
	}

}
