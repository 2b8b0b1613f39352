package io.talknotes.imports;

/**
 * A speaker named by a schedule file.
 *
 * @param name the person's name, never blank
 * @param company the company they speak for, or {@code null} when the file does not say
 */
public record ScheduledSpeaker(String name, String company) {

}
