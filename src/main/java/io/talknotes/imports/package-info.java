/**
 * Brings whole schedules in: reads iCalendar (Sched and others) and frab, pretalx and
 * c3voc schedule files into one {@link io.talknotes.imports.Schedule}, previews what
 * importing it would add, change and cancel, and applies it in one transaction, keyed by
 * each session's UID or GUID so that importing again never loses a note. The pages live
 * at {@code /import}.
 */
package io.talknotes.imports;
