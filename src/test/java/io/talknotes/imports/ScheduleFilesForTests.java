package io.talknotes.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the schedule files under {@code src/test/resources/schedules}.
 */
final class ScheduleFilesForTests {

	private ScheduleFilesForTests() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = ScheduleFilesForTests.class.getResourceAsStream("/schedules/" + name)) {
			assertThat(in).as("test file schedules/%s", name).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Schedule read(String name) {
		return ScheduleFiles.read(name, bytes(name));
	}

	static Schedule readText(String text) {
		return ScheduleFiles.read("inline", text.getBytes(StandardCharsets.UTF_8));
	}

}
