package io.talknotes.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.talknotes.TestMessages;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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

	/**
	 * Why reading fails, as the import form shows it: the problem's message from
	 * {@code messages.properties} with where in the file it is.
	 */
	static String refusal(ThrowingCallable read) {
		try {
			read.call();
		}
		catch (ScheduleFormatException ex) {
			return TestMessages.text(ex);
		}
		catch (Throwable ex) {
			throw new AssertionError("expected the file to be refused as unreadable", ex);
		}
		return fail("expected the file to be refused as unreadable, but it was read");
	}

}
