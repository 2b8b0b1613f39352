package io.talknotes.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.talknotes.TestMessages;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes are uploaded, reading them either gives a schedule or a
 * {@link ScheduleFormatException} whose message can be shown, never another exception.
 */
class ScheduleFilesPropertyTests {

	private static final String[] FILES = { "sched-all.ics", "schedule.json", "schedule.xml" };

	@Property
	void arbitraryBytesOnlyEverFailAsAScheduleFormatException(@ForAll byte[] content) {
		assertOnlyFormatErrors(content);
	}

	@Property
	void bytesAfterEachFormatsOpeningOnlyEverFailAsAScheduleFormatException(@ForAll("openings") String opening,
			@ForAll byte[] rest) {
		byte[] start = opening.getBytes(StandardCharsets.UTF_8);
		byte[] content = Arrays.copyOf(start, start.length + rest.length);
		System.arraycopy(rest, 0, content, start.length, rest.length);

		assertOnlyFormatErrors(content);
	}

	@Property
	void aRealFileCutOrDamagedAnywhereOnlyEverFailsAsAScheduleFormatException(@ForAll("damagedFiles") byte[] content) {
		assertOnlyFormatErrors(content);
	}

	private static void assertOnlyFormatErrors(byte[] content) {
		Throwable thrown = catchThrowable(() -> ScheduleFiles.read("upload", content));
		if (thrown != null) {
			assertThat(thrown).isInstanceOf(ScheduleFormatException.class);
			// Every problem reads as a message of messages.properties, its place too
			assertThat(TestMessages.text((ScheduleFormatException) thrown)).isNotBlank();
		}
	}

	@Provide
	Arbitrary<String> openings() {
		return Arbitraries.of("BEGIN:VCALENDAR\r\n", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:", "{",
				"{\"schedule\": {\"conference\": {\"days\": [", "<", "<schedule><conference>",
				"<?xml version=\"1.0\"?>");
	}

	@Provide
	Arbitrary<byte[]> damagedFiles() {
		return Arbitraries.of(FILES)
			.map(ScheduleFilesForTests::bytes)
			.flatMap((file) -> Arbitraries.oneOf(
					Arbitraries.integers().between(0, file.length).map((end) -> Arrays.copyOf(file, end)),
					Arbitraries.integers()
						.between(0, file.length - 1)
						.flatMap((at) -> Arbitraries.bytes().map((value) -> damaged(file, at, value)))));
	}

	private static byte[] damaged(byte[] file, int at, byte value) {
		byte[] copy = file.clone();
		copy[at] = value;
		return copy;
	}

}
