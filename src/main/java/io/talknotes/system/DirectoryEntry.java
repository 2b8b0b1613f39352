package io.talknotes.system;

/**
 * An entry of a directory page, such as the companies or the projects: a name with what
 * is recorded about it.
 */
public interface DirectoryEntry {

	/** The name shown and searched. */
	String name();

	/** How many talks it is linked to. */
	long talkCount();

	/** How many figures are about it. */
	long figureCount();

	/** Whether anything at all is recorded about it. */
	default boolean isRecorded() {
		return talkCount() > 0 || figureCount() > 0;
	}

}
