/**
 * The web shell: the home page, error pages and the headers every page is sent with.
 */
package io.talknotes.web;
