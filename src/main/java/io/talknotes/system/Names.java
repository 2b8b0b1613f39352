package io.talknotes.system;

/**
 * Cleans what people type into the fields of a form before it is checked and saved.
 */
public final class Names {

	private Names() {
	}

	/**
	 * A one-line value as it is kept: blanks, line breaks and control characters between
	 * words become one space, and none are kept around it.
	 * @param typed what was typed, or {@code null}
	 * @return the clean value; empty when nothing but blanks was typed
	 */
	public static String clean(String typed) {
		return (typed != null) ? typed.replaceAll("[\\s\\p{Z}\\p{Cc}]+", " ").strip() : "";
	}

	/**
	 * A text of several lines as it is kept: line breaks normalised, control characters
	 * other than line breaks and tabs dropped, blanks around it dropped.
	 * @param typed what was typed, or {@code null}
	 * @return the clean text; empty when nothing but blanks was typed
	 */
	public static String cleanText(String typed) {
		return (typed != null)
				? typed.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\n\t]]+", "").strip() : "";
	}

	/** The value, or {@code null} when it is empty, as optional columns keep it. */
	public static String orNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
