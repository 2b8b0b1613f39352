package io.talknotes.imports;

/**
 * Undoes iCalendar's text escapes (RFC 5545 3.3.11) where biweekly leaves a value raw, as
 * it does for {@code X-} properties.
 */
final class IcsText {

	private IcsText() {
	}

	/**
	 * Unescapes {@code \\}, {@code \;}, {@code \,} and {@code \n}.
	 * @param value the value as written in the file
	 * @return the text it stands for
	 */
	static String unescape(String value) {
		StringBuilder text = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				text.append((next == 'n' || next == 'N') ? '\n' : next);
			}
			else {
				text.append(c);
			}
		}
		return text.toString();
	}

}
