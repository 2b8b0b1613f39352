package io.talknotes.imports;

/**
 * What every reader does to a text value: one kind of line break, no surrounding blanks,
 * and nothing for an empty value, so that the same schedule reads the same from any
 * format.
 */
final class Texts {

	private Texts() {
	}

	/**
	 * Tidies a value read from a file.
	 * @param value the value as read, or {@code null}
	 * @return the value with line breaks as {@code \n} and stripped, or {@code null} when
	 * it is blank
	 */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String tidy = value.replace("\r\n", "\n").replace('\r', '\n').strip();
		return tidy.isEmpty() ? null : tidy;
	}

	/**
	 * Shortens a value quoted in an error message, so that a megabyte on one line does
	 * not become the message.
	 * @param value the value to quote
	 * @return the value cut to 60 characters
	 */
	static String shorten(String value) {
		return (value.length() > 60) ? value.substring(0, 57) + "..." : value;
	}

}
