package io.talknotes.figure.shorthand;

import java.util.Arrays;

/**
 * Thrown when a figure cannot be read. Its message key, under {@code figure.problem.},
 * and its arguments name the message that tells the person who typed the figure what is
 * wrong and how to write it instead; {@link #getMessage()} is only for logs.
 */
public class FigureParseException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String text;

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * Creates an exception for a figure that cannot be read.
	 * @param text the figure as typed, possibly {@code null}
	 * @param messageKey the message that says what is wrong and how to fix it
	 * @param arguments the message's arguments
	 */
	public FigureParseException(String text, String messageKey, Object... arguments) {
		super(messageKey + ((arguments.length > 0) ? " " + Arrays.toString(arguments) : ""));
		this.text = text;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/**
	 * Returns the figure as typed.
	 * @return the text that failed to parse, possibly {@code null}
	 */
	public String getText() {
		return this.text;
	}

	/**
	 * Returns the message that says what is wrong, e.g. {@code figure.problem.noNumber}.
	 * @return the key of the message
	 */
	public String getMessageKey() {
		return this.messageKey;
	}

	/**
	 * Returns the arguments of the message, such as the part that could not be read.
	 * @return the arguments, in the order of the message's placeholders
	 */
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
