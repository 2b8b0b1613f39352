package io.talknotes.figure;

/**
 * Escapes text for XML content and attribute values, so that names such as "AT&T" or
 * "<script>" typed into a form cannot break out of the markup.
 */
final class Xml {

	private Xml() {
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					if (isAllowed(c)) {
						escaped.appendCodePoint(c);
					}
				}
			}
		});
		return escaped.toString();
	}

	// XML 1.0 cannot hold most control characters, even escaped: they are dropped
	private static boolean isAllowed(int c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| c >= 0x10000;
	}

}
