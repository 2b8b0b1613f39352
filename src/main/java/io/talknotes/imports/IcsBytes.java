package io.talknotes.imports;

import java.io.ByteArrayOutputStream;

/**
 * Mends iCalendar files folded in the middle of a UTF-8 character. RFC 5545 (3.1) warns
 * that simple writers fold lines every 75 octets without regard to characters and asks
 * readers to restore the sequence; this moves the start of a split character to after the
 * fold, so the file decodes and unfolds as written, with its lines where they were.
 */
final class IcsBytes {

	private IcsBytes() {
	}

	/**
	 * Whether the bytes begin (after a byte order mark and blanks) like an iCalendar
	 * file.
	 * @param content the file
	 * @return whether it begins with {@code BEGIN:VCALENDAR}
	 */
	static boolean looksLikeICalendar(byte[] content) {
		int i = (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) ? 3 : 0;
		while (i < content.length && Character.isWhitespace(content[i])) {
			i++;
		}
		String begin = "BEGIN:VCALENDAR";
		return content.length - i >= begin.length()
				&& new String(content, i, begin.length(), java.nio.charset.StandardCharsets.US_ASCII)
					.equalsIgnoreCase(begin);
	}

	/**
	 * Moves the lead bytes of a character split by a fold to after the fold.
	 * @param content the file
	 * @return the file with every split character whole on the continuation line
	 */
	static byte[] mendSplitCharacters(byte[] content) {
		ByteArrayOutputStream mended = new ByteArrayOutputStream(content.length);
		int lineStart = 0;
		for (int i = 0; i < content.length; i++) {
			if (content[i] != '\n' || i + 1 >= content.length || (content[i + 1] != ' ' && content[i + 1] != '\t')) {
				continue;
			}
			int breakStart = (i > lineStart && content[i - 1] == '\r') ? i - 1 : i;
			int split = splitCharacterStart(content, lineStart, breakStart);
			mended.write(content, lineStart, split - lineStart);
			mended.write(content, breakStart, i + 2 - breakStart);
			mended.write(content, split, breakStart - split);
			lineStart = i + 2;
			i++;
		}
		mended.write(content, lineStart, content.length - lineStart);
		return mended.toByteArray();
	}

	// Where an unfinished UTF-8 sequence at the end of [from, to) begins, or to.
	private static int splitCharacterStart(byte[] content, int from, int to) {
		int i = to;
		while (i > from && i > to - 3 && (content[i - 1] & 0xC0) == 0x80) {
			i--;
		}
		if (i == from) {
			return to;
		}
		int lead = content[i - 1] & 0xFF;
		int length = (lead >= 0xF0) ? 4 : (lead >= 0xE0) ? 3 : (lead >= 0xC0) ? 2 : 1;
		int present = to - (i - 1);
		return (length > 1 && present < length) ? i - 1 : to;
	}

}
