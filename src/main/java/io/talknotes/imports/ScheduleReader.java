package io.talknotes.imports;

/**
 * Reads the text of one schedule format. Implementations are stateless.
 */
interface ScheduleReader {

	/**
	 * Reads a whole schedule file.
	 * @param text the file's content, already decoded
	 * @return the schedule, with at least one session
	 * @throws ScheduleFormatException if the text is broken; the message names where
	 */
	Schedule read(String text);

}
