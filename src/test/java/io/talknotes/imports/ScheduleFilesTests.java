package io.talknotes.imports;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static io.talknotes.imports.ScheduleFilesForTests.bytes;
import static io.talknotes.imports.ScheduleFilesForTests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ScheduleFiles}: telling the format and decoding the bytes.
 */
class ScheduleFilesTests {

	@Test
	void theFormatIsToldByTheContentNotTheName() {
		assertThat(ScheduleFiles.read("export.txt", bytes("sched-all.ics")).sessions()).hasSize(14);
		assertThat(ScheduleFiles.read("schedule.ics", bytes("schedule.json")).acronym()).isEqualTo("devcamp2024");
		assertThat(ScheduleFiles.read(null, bytes("schedule.xml")).acronym()).isEqualTo("devcamp2024");
	}

	@Test
	void aByteOrderMarkAndLeadingBlanksAreSkipped() {
		byte[] json = bytes("schedule.json");
		byte[] marked = new byte[json.length + 5];
		marked[0] = (byte) 0xEF;
		marked[1] = (byte) 0xBB;
		marked[2] = (byte) 0xBF;
		marked[3] = '\r';
		marked[4] = '\n';
		System.arraycopy(json, 0, marked, 5, json.length);

		assertThat(ScheduleFiles.read("schedule.json", marked)).isEqualTo(ScheduleFiles.read("schedule.json", json));
	}

	@Test
	void aFileOfNoKnownFormatIsRefusedSayingWhichAreUnderstood() {
		assertThat(refusal(() -> ScheduleFiles.read("talks.csv", "title,speaker\n".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("\"talks.csv\" is not a schedule this app can read. It understands "
					+ "an iCalendar file (.ics, as Sched exports it), a frab, pretalx or c3voc schedule.json, "
					+ "or a frab schedule.xml.");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(refusal(() -> ScheduleFiles.read("schedule.ics", " \n".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("\"schedule.ics\" is empty.");
		assertThat(refusal(() -> ScheduleFiles.read(null, new byte[0]))).isEqualTo("The file is empty.");
	}

	@Test
	void bytesThatAreNotUtf8AreRefusedNamingTheLine() {
		byte[] latin1 = "{\n\"title\": \"M\u00fcnchen\"}".getBytes(StandardCharsets.ISO_8859_1);

		assertThat(refusal(() -> ScheduleFiles.read("x", latin1)))
			.isEqualTo("Line 2: the file is not UTF-8 text (byte 14, 0xFC, is not valid UTF-8). "
					+ "Export or save it as UTF-8.");
	}

	@Test
	void anICalendarLineFoldedInsideACharacterIsMended() {
		byte[] start = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Caf".getBytes(StandardCharsets.UTF_8);
		byte[] end = "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		// "é" is C3 A9; a writer that folds every 75 octets may put the fold between
		// them.
		byte[] folded = concat(start, new byte[] { (byte) 0xC3, '\r', '\n', ' ', (byte) 0xA9 }, " Talk".getBytes(),
				end);

		assertThat(ScheduleFiles.read("x.ics", folded).sessions().get(0).title()).isEqualTo("Café Talk");
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

}
