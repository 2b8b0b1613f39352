package io.talknotes.project;

import io.talknotes.system.DirectoryEntry;

/**
 * A project as shown in the project list.
 *
 * @param slug the project's slug
 * @param name its name
 * @param maturity its CNCF maturity, or null
 * @param talkCount how many talks cover it
 * @param figureCount how many figures are about it
 */
public record ProjectSummary(String slug, String name, String maturity, long talkCount,
		long figureCount) implements DirectoryEntry {

}
