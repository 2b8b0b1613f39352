/**
 * What every feature shares: the application's settings, the clock, links between pages,
 * names, slugs and old slugs, the not-found error, and the interfaces through which a
 * feature adds to the pages and counts of the features below it
 * ({@link io.talknotes.system.PagePart}, {@link io.talknotes.system.UsageCounter}).
 */
package io.talknotes.system;
