/**
 * Notes: what attendees wrote about a talk, in Markdown rendered safely, with every
 * earlier version. Owns adding, editing, the history with its diffs and restores, and the
 * trash that deleted notes go to until they are restored or purged.
 */
package io.talknotes.note;
