/**
 * What every feature shares: the application's settings, the clock, links between pages
 * and the not-found error.
 */
package io.talknotes.system;
