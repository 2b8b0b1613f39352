package io.talknotes.speaker;

import io.talknotes.system.NamedLink;

/**
 * A speaker as shown on their page.
 *
 * @param id the speaker's id
 * @param slug the speaker's slug
 * @param name their name
 * @param company the company they spoke for, if known
 * @param websiteUrl their own page, profile or blog, if known
 */
public record SpeakerDetails(Long id, String slug, String name, NamedLink company, String websiteUrl) {

}
