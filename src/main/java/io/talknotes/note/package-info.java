/**
 * Notes: what attendees wrote about a talk, in Markdown rendered safely, with their
 * earlier revisions. Owns adding, editing and deleting notes.
 */
package io.talknotes.note;
