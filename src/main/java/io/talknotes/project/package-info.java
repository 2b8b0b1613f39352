/**
 * Projects: the technologies talks are about, with their CNCF maturity, and a page each
 * listing the talks and figures about them.
 */
package io.talknotes.project;
