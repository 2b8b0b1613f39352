package io.talknotes.web;

import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message a page or the code asks for is in {@code messages.properties}, every
 * messages file has the same keys, each once, and numbers and apostrophes read right in
 * them. Templates and Java sources are read as text, so no application is started.
 */
class MessagesTests {

	private static final Pattern NUMBERED_ARGUMENT = Pattern.compile("\\{\\d");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyMessageTheTemplatesAskForExists() {
		Set<String> keys = MessageFiles.keys(MessageFiles.BASE).keySet();
		List<String> missing = new ArrayList<>();
		for (Path template : TemplateMessages.templates()) {
			for (String key : TemplateMessages.in(template)) {
				if (!keys.contains(key)) {
					missing.add(TemplateMessages.RESOURCES.relativize(template) + ": " + key);
				}
			}
		}

		assertThat(missing).as("messages used in templates but not in messages.properties").isEmpty();
	}

	@Test
	void everyMessageTheJavaCodeAsksForExists() {
		Set<String> keys = MessageFiles.keys(MessageFiles.BASE).keySet();
		List<String> missing = new ArrayList<>();
		for (Path source : JavaMessages.sources()) {
			for (String key : JavaMessages.in(source)) {
				if (!keys.contains(key)) {
					missing.add(JavaMessages.JAVA.relativize(source) + ": " + key);
				}
			}
		}
		JavaMessages.talkKinds()
			.stream()
			.filter((key) -> !keys.contains(key))
			.forEach((key) -> missing.add("TalkKind: " + key));

		assertThat(missing).as("messages used in Java but not in messages.properties").isEmpty();
	}

	@Test
	void everyMessagesFileHasTheSameKeysAsMessagesPropertiesEachOnce() {
		Set<String> expected = MessageFiles.keys(MessageFiles.BASE).keySet();
		List<Path> files = MessageFiles.all();
		List<String> problems = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			Map<String, Integer> keys = MessageFiles.keys(file);
			keys.forEach((key, times) -> {
				if (times > 1) {
					problems.add(name + ": " + key + " is defined " + times + " times");
				}
			});
			expected.stream()
				.filter((key) -> !keys.containsKey(key))
				.forEach((key) -> problems.add(name + ": " + key + " is missing"));
			keys.keySet()
				.stream()
				.filter((key) -> !expected.contains(key))
				.forEach((key) -> problems.add(name + ": " + key + " is not in messages.properties"));
		}

		assertThat(files).contains(MessageFiles.BASE);
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageWithArgumentsParsesAndEveryChoiceReadsInTheSingularForOne() {
		List<String> problems = new ArrayList<>();
		for (Path file : MessageFiles.all()) {
			Locale locale = MessageFiles.localeOf(file);
			MessageFiles.values(file).forEach((key, message) -> {
				if (NUMBERED_ARGUMENT.matcher(message).find()) {
					String where = key + " in " + file.getFileName();
					try {
						problems.addAll(pluralProblems(where, new MessageFormat(message, locale)));
					}
					catch (IllegalArgumentException ex) {
						problems.add(where + " does not parse: " + ex.getMessage());
					}
				}
			});
		}

		assertThat(problems).isEmpty();
	}

	/**
	 * What is wrong with the choices of a message: each needs its own text for exactly 1,
	 * which is not the text for other numbers with 1 written in.
	 */
	private static List<String> pluralProblems(String where, MessageFormat format) {
		List<String> problems = new ArrayList<>();
		Format[] arguments = format.getFormatsByArgumentIndex();
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof ChoiceFormat choice) {
				format.format(withArgument(arguments.length, i, 0));
				String one = format.format(withArgument(arguments.length, i, 1));
				String seven = format.format(withArgument(arguments.length, i, 7));
				if (Arrays.stream(choice.getLimits()).noneMatch((limit) -> limit == 1)) {
					problems.add(where + ": {" + i + ",choice,…} has no choice for exactly 1 (1#…)");
				}
				else if (one.equals(seven.replace('7', '1'))) {
					problems.add(where + " reads \"" + one + "\" for 1, as for other numbers");
				}
			}
		}
		return problems;
	}

	@Test
	void apostrophesShowAsTheyAreWritten() {
		List<String> problems = new ArrayList<>();
		for (Path file : MessageFiles.all()) {
			MessageFiles.values(file).forEach((key, message) -> {
				String where = key + " in " + file.getFileName();
				if (NUMBERED_ARGUMENT.matcher(message).find() && LONE_APOSTROPHE.matcher(message).find()) {
					problems.add(where + " has arguments, so MessageFormat drops a single ': write ''");
				}
				if (!NUMBERED_ARGUMENT.matcher(message).find() && message.contains("''")) {
					problems.add(where + " has no arguments, so '' shows as two: write '");
				}
			});
		}

		assertThat(problems).isEmpty();
	}

	private static Object[] withArgument(int count, int index, int value) {
		Object[] arguments = new Object[count];
		Arrays.fill(arguments, 1);
		arguments[index] = value;
		return arguments;
	}

}
