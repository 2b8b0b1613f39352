package io.talknotes.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a schedule file of any format the app understands into one {@link Schedule}.
 * <p>
 * The format is told by the content, not the file name: a file that begins with
 * {@code BEGIN:VCALENDAR} is iCalendar (Sched, Google Calendar, pretalx's .ics), one that
 * begins with <code>{</code> is a frab, pretalx or c3voc {@code schedule.json}, one that
 * begins with {@code <} is a frab {@code schedule.xml}. The bytes must be UTF-8, with or
 * without a byte order mark. Stateless and thread-safe.
 */
public final class ScheduleFiles {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private ScheduleFiles() {
	}

	/**
	 * Reads a schedule file.
	 * @param fileName the name the file was uploaded with, only used in messages; may be
	 * {@code null}
	 * @param content the file's bytes
	 * @return the schedule, with at least one session
	 * @throws ScheduleFormatException if the file is not UTF-8, of no known format, or
	 * broken; its message names the line, element or JSON path and what is wrong there
	 */
	public static Schedule read(String fileName, byte[] content) {
		String text = decode(content);
		return readerFor(fileName, text).read(text);
	}

	private static ScheduleReader readerFor(String fileName, String text) {
		String start = text.stripLeading();
		if (start.isEmpty()) {
			throw ScheduleProblems.empty(fileName);
		}
		if (start.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length())) {
			return new ICalendarScheduleReader();
		}
		if (start.charAt(0) == '{') {
			return new FrabJsonScheduleReader();
		}
		if (start.charAt(0) == '<') {
			return new FrabXmlScheduleReader();
		}
		throw ScheduleProblems.unknownFormat(fileName);
	}

	private static String decode(byte[] content) {
		try {
			return utf8(content);
		}
		catch (CharacterCodingException ex) {
			if (IcsBytes.looksLikeICalendar(content)) {
				try {
					return utf8(IcsBytes.mendSplitCharacters(content));
				}
				catch (CharacterCodingException stillBroken) {
					// Report where the file as uploaded goes wrong.
				}
			}
			throw notUtf8(content, ex);
		}
	}

	private static String utf8(byte[] content) throws CharacterCodingException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		String text = decoder.decode(ByteBuffer.wrap(content)).toString();
		return (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) ? text.substring(1) : text;
	}

	// The decoder does not say where it stopped; find the first bad byte for the message.
	private static ScheduleFormatException notUtf8(byte[] content, CharacterCodingException ex) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
		ByteBuffer bytes = ByteBuffer.wrap(content);
		decoder.decode(bytes, CharBuffer.allocate(content.length), true);
		int offset = bytes.position();
		long line = 1;
		for (int i = 0; i < offset; i++) {
			if (content[i] == '\n') {
				line++;
			}
		}
		return ScheduleProblems.notUtf8(ex, line, offset + 1, content[Math.min(offset, content.length - 1)] & 0xFF);
	}

}
