package io.talknotes.system;

/**
 * Something with its own page: the slug that addresses it and the name shown.
 *
 * @param slug the lowercase, hyphenated key in the page's URL
 * @param name the name shown to people
 */
public record NamedLink(String slug, String name) {

}
