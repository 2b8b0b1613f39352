package io.talknotes.imports;

/**
 * Where in a schedule file a problem is, as the start of its message: each a message
 * under {@code import.place.}, given as the first argument of the problem's message.
 */
final class Places {

	private Places() {
	}

	/** A line of the file, e.g. "Line 12". */
	static ImportMessage line(long line) {
		return new ImportMessage("import.place.line", line);
	}

	/** A line and column, as a JSON parser reports them. */
	static ImportMessage lineAndColumn(long line, long column) {
		return new ImportMessage("import.place.lineAndColumn", line, column);
	}

	/**
	 * A value of a JSON document, by its path.
	 * @param path e.g. {@code schedule.conference.days[1].rooms["Room A"][3].start}
	 */
	static ImportMessage jsonPath(String path) {
		return new ImportMessage("import.place.path", path);
	}

	/**
	 * An element or attribute of an XML document, by its path and line.
	 * @param path e.g. {@code schedule/day[1]/room[Saal 1]/event[3]/start}
	 * @param line the line of its start tag
	 */
	static ImportMessage element(String path, int line) {
		return new ImportMessage("import.place.element", path, line);
	}

	/**
	 * A VEVENT of an iCalendar file.
	 * @param line the line of its BEGIN:VEVENT, or 0 when unknown
	 * @param uid its UID, or {@code null}
	 */
	static ImportMessage event(int line, String uid) {
		if (line > 0) {
			return (uid != null) ? new ImportMessage("import.place.event.lineAndUid", line, Texts.shorten(uid))
					: new ImportMessage("import.place.event.line", line);
		}
		return (uid != null) ? new ImportMessage("import.place.event.uid", Texts.shorten(uid))
				: new ImportMessage("import.place.event");
	}

	/**
	 * The file, by the name it was uploaded with.
	 * @param fileName its name, or {@code null}
	 */
	static ImportMessage file(String fileName) {
		return (fileName == null || fileName.isBlank()) ? new ImportMessage("import.place.file")
				: new ImportMessage("import.place.file.named", fileName.strip());
	}

}
