package io.talknotes.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where things are in an iCalendar file, by physical line, for error messages: biweekly
 * gives properties a line number but not components.
 */
final class IcsLines {

	private static final Pattern DATE_VALUE = Pattern.compile("\\d{8}(T\\d{6}Z?)?");

	private final List<Integer> eventLines = new ArrayList<>();

	private final String[] lines;

	IcsLines(String text) {
		this.lines = text.split("\r\n|\r|\n", -1);
		boolean inCalendar = false;
		for (int i = 0; i < this.lines.length; i++) {
			String line = this.lines[i].strip().toUpperCase(Locale.ROOT);
			if (line.equals("BEGIN:VCALENDAR")) {
				inCalendar = true;
			}
			else if (line.equals("END:VCALENDAR")) {
				inCalendar = false;
			}
			else if (inCalendar && line.equals("BEGIN:VEVENT")) {
				this.eventLines.add(i + 1);
			}
		}
	}

	/**
	 * The line of the {@code BEGIN:VEVENT} of an event.
	 * @param index the event's position among the file's events, from 0
	 * @return the line number from 1, or {@code 0} when not found
	 */
	int ofEvent(int index) {
		return (index < this.eventLines.size()) ? this.eventLines.get(index) : 0;
	}

	/**
	 * The first line that sets a property, such as {@code X-WR-TIMEZONE}.
	 * @param name the property's name
	 * @return the line number from 1, or {@code 0} when no line sets it
	 */
	int ofProperty(String name) {
		for (int i = 0; i < this.lines.length; i++) {
			String line = this.lines[i];
			if (line.regionMatches(true, 0, name, 0, name.length()) && line.length() > name.length()
					&& (line.charAt(name.length()) == ':' || line.charAt(name.length()) == ';')) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * The value on a physical line, for quoting it in a message.
	 * @param line the line number from 1
	 * @return what follows the first colon, or the whole line when it has none
	 */
	String valueAt(int line) {
		if (line < 1 || line > this.lines.length) {
			return "";
		}
		return valueOf(unfolded(line - 1));
	}

	/**
	 * Refuses DTSTART and DTEND values that are not an RFC 5545 date or date-time.
	 * biweekly reads some of them leniently: "2019-11-19 09:00" would become a date
	 * without its time.
	 * @throws ScheduleFormatException naming the first such line and its value
	 */
	void requireDateValues() {
		for (int i = 0; i < this.lines.length; i++) {
			String name = this.lines[i].split("[;:]", 2)[0].toUpperCase(Locale.ROOT);
			if (name.equals("DTSTART") || name.equals("DTEND")) {
				String value = valueOf(unfolded(i)).strip();
				if (!DATE_VALUE.matcher(value).matches()) {
					throw ScheduleProblems.notAnICalendarDate(i + 1, name, value);
				}
			}
		}
	}

	private String unfolded(int index) {
		StringBuilder line = new StringBuilder(this.lines[index]);
		for (int next = index + 1; next < this.lines.length && isContinuation(this.lines[next]); next++) {
			line.append(this.lines[next], 1, this.lines[next].length());
		}
		return line.toString();
	}

	private static boolean isContinuation(String line) {
		return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
	}

	// The value follows the first colon that is not inside a quoted parameter value.
	private static String valueOf(String line) {
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ':' && !quoted) {
				return line.substring(i + 1);
			}
		}
		return line;
	}

	/**
	 * Refuses a file that stops before its calendar ends, as a cut-short download does,
	 * rather than importing part of a schedule as if it were all of it.
	 * @throws ScheduleFormatException if the last non-blank line is not
	 * {@code END:VCALENDAR}
	 */
	void requireEnd() {
		int last = this.lines.length - 1;
		while (last > 0 && this.lines[last].isBlank()) {
			last--;
		}
		if (!this.lines[last].strip().equalsIgnoreCase("END:VCALENDAR")) {
			throw ScheduleProblems.cutShort(last + 1);
		}
	}

}
