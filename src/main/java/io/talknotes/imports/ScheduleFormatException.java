package io.talknotes.imports;

/**
 * A schedule file that cannot be read. The message names the line or element and what is
 * wrong with it, in words a person who exported the file can act on.
 */
public class ScheduleFormatException extends RuntimeException {

	public ScheduleFormatException(String message) {
		super(message);
	}

	public ScheduleFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
