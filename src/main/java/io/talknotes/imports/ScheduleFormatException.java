package io.talknotes.imports;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A schedule file that cannot be read. Its message key, under {@code import.problem.},
 * and its arguments name the message that says where the file breaks (a line, a JSON
 * path, an XML element) and what is wrong there, in words a person who exported the file
 * can act on; the place is a message of its own among the arguments. As a
 * {@link MessageSourceResolvable} it is shown through the message source, in the reader's
 * locale; {@link #getMessage()} is only for logs.
 */
public class ScheduleFormatException extends RuntimeException implements MessageSourceResolvable {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * Creates an exception for a file that cannot be read.
	 * @param messageKey the message that says where and what is wrong
	 * @param arguments the message's arguments
	 */
	public ScheduleFormatException(String messageKey, Object... arguments) {
		this((Throwable) null, messageKey, arguments);
	}

	/**
	 * Creates an exception for a file that cannot be read, from what a parser threw.
	 * @param cause what the parser threw
	 * @param messageKey the message that says where and what is wrong
	 * @param arguments the message's arguments, among them the parser's own reason
	 */
	public ScheduleFormatException(Throwable cause, String messageKey, Object... arguments) {
		super(messageKey + ((arguments.length > 0) ? " " + Arrays.toString(arguments) : ""), cause);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/**
	 * Returns the message that says what is wrong, e.g.
	 * {@code import.problem.frab.noTitle}.
	 * @return the key of the message
	 */
	public String getMessageKey() {
		return this.messageKey;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	/**
	 * Returns the arguments of the message: where in the file, as a message of its own,
	 * then the values it quotes.
	 * @return the arguments, in the order of the message's placeholders
	 */
	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	/** The problem as a message of its own, to show as part of another one. */
	MessageSourceResolvable problem() {
		return new ImportMessage(this.messageKey, this.arguments);
	}

}
