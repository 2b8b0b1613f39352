package io.talknotes.figure.shorthand;

/**
 * Thrown when a figure cannot be read. The message is written for the person who typed
 * the figure and can be shown next to the form field as it is.
 */
public class FigureParseException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String text;

	/**
	 * Creates an exception for a figure that cannot be read.
	 * @param text the figure as typed, possibly {@code null}
	 * @param message what is wrong and how to fix it, in plain words
	 */
	public FigureParseException(String text, String message) {
		super(message);
		this.text = text;
	}

	/**
	 * Returns the figure as typed.
	 * @return the text that failed to parse, possibly {@code null}
	 */
	public String getText() {
		return this.text;
	}

}
