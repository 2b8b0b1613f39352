package io.talknotes.imports;

import java.io.Serializable;
import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * Words an import shows a person, by message key and arguments, resolved in the reader's
 * locale where they are shown. Arguments may be messages themselves, such as where in a
 * file a problem is: the message source resolves them first.
 */
final class ImportMessage implements MessageSourceResolvable, Serializable {

	private static final long serialVersionUID = 1L;

	private final String key;

	private final Object[] arguments;

	private final String text;

	/**
	 * A message of {@code messages.properties}.
	 * @param key its key, e.g. {@code import.place.line}
	 * @param arguments its arguments, in the order of its placeholders
	 */
	ImportMessage(String key, Object... arguments) {
		this(key, arguments.clone(), null);
	}

	private ImportMessage(String key, Object[] arguments, String text) {
		this.key = key;
		this.arguments = arguments;
		this.text = text;
	}

	/**
	 * Text that is shown as it is, such as what the database said when applying failed.
	 * @param text the text
	 * @return the text as a message
	 */
	static ImportMessage verbatim(String text) {
		return new ImportMessage(null, new Object[0], text);
	}

	@Override
	public String[] getCodes() {
		return (this.key != null) ? new String[] { this.key } : null;
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return this.text;
	}

	/** The key and arguments, for logs. */
	@Override
	public String toString() {
		if (this.key == null) {
			return this.text;
		}
		return (this.arguments.length > 0) ? this.key + " " + Arrays.toString(this.arguments) : this.key;
	}

}
