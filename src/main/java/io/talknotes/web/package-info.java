/**
 * The web shell: the home page, error pages, who may request what, and the headers every
 * page is sent with.
 */
package io.talknotes.web;
