package io.talknotes.imports;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;

/**
 * Why a schedule file cannot be read, each a message under {@code import.problem.} whose
 * first argument, where there is one, says where in the file; kept together so that they
 * stay consistent. Values quoted from the file are shortened, so that a megabyte on one
 * line does not become the message.
 */
final class ScheduleProblems {

	private ScheduleProblems() {
	}

	// Any file

	static ScheduleFormatException empty(String fileName) {
		return new ScheduleFormatException("import.problem.empty", Places.file(fileName));
	}

	static ScheduleFormatException unknownFormat(String fileName) {
		return new ScheduleFormatException("import.problem.unknownFormat", Places.file(fileName));
	}

	static ScheduleFormatException notUtf8(Throwable cause, long line, int byteNumber, int value) {
		return new ScheduleFormatException(cause, "import.problem.notUtf8", Places.line(line), byteNumber,
				String.format(Locale.ROOT, "%02X", value));
	}

	// frab, pretalx and c3voc schedules, JSON and XML

	static ScheduleFormatException notJson(Throwable cause, MessageSourceResolvable place, String reason) {
		return (place != null) ? new ScheduleFormatException(cause, "import.problem.json.invalid", place, reason)
				: new ScheduleFormatException(cause, "import.problem.json.invalid.nowhere", reason);
	}

	static ScheduleFormatException missingInJson(MessageSourceResolvable place) {
		return new ScheduleFormatException("import.problem.json.missing", place);
	}

	/**
	 * A JSON value of the wrong type.
	 * @param expected what the format has there, as a message under {@code import.json.}
	 * @param found what the file has, likewise
	 */
	static ScheduleFormatException wrongType(MessageSourceResolvable place, MessageSourceResolvable expected,
			MessageSourceResolvable found) {
		return new ScheduleFormatException("import.problem.json.wrongType", place, expected, found);
	}

	static ScheduleFormatException notXml(Throwable cause, int line, String reason) {
		return new ScheduleFormatException(cause, "import.problem.xml.malformed", Places.line(line), reason);
	}

	static ScheduleFormatException doctype(int line) {
		return new ScheduleFormatException("import.problem.xml.doctype", Places.line(line));
	}

	static ScheduleFormatException noRootElement() {
		return new ScheduleFormatException("import.problem.xml.noRoot");
	}

	static ScheduleFormatException notASchedule(int line, String rootName) {
		return new ScheduleFormatException("import.problem.xml.notSchedule", Places.line(line), rootName);
	}

	static ScheduleFormatException missingInXml(MessageSourceResolvable place) {
		return new ScheduleFormatException("import.problem.xml.missing", place);
	}

	static ScheduleFormatException personWithoutName(MessageSourceResolvable place) {
		return new ScheduleFormatException("import.problem.frab.personWithoutName", place);
	}

	static ScheduleFormatException noDayHasAnEvent() {
		return new ScheduleFormatException("import.problem.frab.noSessions");
	}

	static ScheduleFormatException notAZone(Throwable cause, MessageSourceResolvable place, String value) {
		return new ScheduleFormatException(cause, "import.problem.frab.badZone", place, Texts.shorten(value));
	}

	static ScheduleFormatException notADate(Throwable cause, MessageSourceResolvable place, String value) {
		return new ScheduleFormatException(cause, "import.problem.frab.badDate", place, Texts.shorten(value));
	}

	static ScheduleFormatException notADateTime(Throwable cause, MessageSourceResolvable place, String value) {
		return new ScheduleFormatException(cause, "import.problem.frab.badDateTime", place, Texts.shorten(value));
	}

	static ScheduleFormatException noTitle(MessageSourceResolvable place) {
		return new ScheduleFormatException("import.problem.frab.noTitle", place);
	}

	static ScheduleFormatException noId(MessageSourceResolvable place) {
		return new ScheduleFormatException("import.problem.frab.noId", place);
	}

	static ScheduleFormatException startWithoutDay(MessageSourceResolvable place) {
		return new ScheduleFormatException("import.problem.frab.startWithoutDay", place);
	}

	static ScheduleFormatException notATime(MessageSourceResolvable place, String value) {
		return new ScheduleFormatException("import.problem.frab.badTime", place, Texts.shorten(value));
	}

	static ScheduleFormatException notATimeOfDay(MessageSourceResolvable place, String value) {
		return new ScheduleFormatException("import.problem.frab.notTimeOfDay", place, Texts.shorten(value));
	}

	static ScheduleFormatException notADuration(MessageSourceResolvable place, String value) {
		return new ScheduleFormatException("import.problem.frab.badDuration", place, Texts.shorten(value));
	}

	static ScheduleFormatException eventEndsBeforeItStarts(MessageSourceResolvable place) {
		return new ScheduleFormatException("import.problem.frab.endsBeforeStart", place);
	}

	// iCalendar

	static ScheduleFormatException noCalendar() {
		return new ScheduleFormatException("import.problem.ics.noCalendar");
	}

	static ScheduleFormatException calendarUnreadable(Throwable cause) {
		return new ScheduleFormatException(cause, "import.problem.ics.unreadable", String.valueOf(cause.getMessage()));
	}

	static ScheduleFormatException calendarBroken(Throwable cause) {
		return new ScheduleFormatException(cause, "import.problem.ics.broken", cause.getClass().getSimpleName(),
				String.valueOf(cause.getMessage()));
	}

	static ScheduleFormatException notICalendar(int line, String reason) {
		return new ScheduleFormatException("import.problem.ics.notICalendar", Places.line(line), reason);
	}

	static ScheduleFormatException propertyUnreadable(int line, String property, String value, String reason) {
		return new ScheduleFormatException("import.problem.ics.badProperty", Places.line(line), property,
				Texts.shorten(value), reason);
	}

	static ScheduleFormatException notAnICalendarDate(int line, String property, String value) {
		return new ScheduleFormatException("import.problem.ics.badDateValue", Places.line(line), property,
				Texts.shorten(value));
	}

	static ScheduleFormatException noVEvent(boolean someCancelled) {
		return new ScheduleFormatException(
				someCancelled ? "import.problem.ics.onlyCancelled" : "import.problem.ics.noSessions");
	}

	static ScheduleFormatException unknownCalendarZone(Throwable cause, int line, String zone) {
		return new ScheduleFormatException(cause, "import.problem.ics.badZone", Places.line(line), Texts.shorten(zone));
	}

	static ScheduleFormatException cutShort(int line) {
		return new ScheduleFormatException("import.problem.ics.cutShort", Places.line(line));
	}

	static ScheduleFormatException noSummary(MessageSourceResolvable event) {
		return new ScheduleFormatException("import.problem.ics.noSummary", event);
	}

	static ScheduleFormatException vEventEndsBeforeItStarts(MessageSourceResolvable event) {
		return new ScheduleFormatException("import.problem.ics.endsBeforeStart", event);
	}

	static ScheduleFormatException notARealDate(Throwable cause, MessageSourceResolvable event, String property,
			String value) {
		return new ScheduleFormatException(cause, "import.problem.ics.notRealDate", event, property,
				Texts.shorten(value));
	}

	static ScheduleFormatException unknownEventZone(MessageSourceResolvable event, String property, String zone) {
		return new ScheduleFormatException("import.problem.ics.unknownZone", event, property, Texts.shorten(zone));
	}

}
