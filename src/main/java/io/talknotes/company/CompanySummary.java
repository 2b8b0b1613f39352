package io.talknotes.company;

import io.talknotes.system.DirectoryEntry;

/**
 * A company as shown in the company list.
 *
 * @param slug the company's slug
 * @param name its name
 * @param talkCount how many talks it presented
 * @param figureCount how many figures are about it
 */
public record CompanySummary(String slug, String name, long talkCount, long figureCount) implements DirectoryEntry {

}
