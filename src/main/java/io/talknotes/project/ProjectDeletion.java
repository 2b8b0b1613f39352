package io.talknotes.project;

/**
 * What deleting a project would do: take it off its talks, or be refused while figures
 * are about it.
 *
 * @param project the project
 * @param talkCount how many talks it would be taken off
 * @param figureCount how many figures are about it
 */
public record ProjectDeletion(Project project, long talkCount, long figureCount) {

	/** Whether the project may not be deleted, for the figures about it. */
	public boolean refused() {
		return this.figureCount > 0;
	}

}
