package io.talknotes.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.talknotes.talk.TalkKind;

/**
 * Which messages the Java code asks for, read from its sources as text: the string
 * literals it passes to the calls that take message keys, those in constants named
 * {@code …KEYS}, and the messages of validation constraints.
 */
final class JavaMessages {

	static final Path JAVA = Path.of("src", "main", "java");

	/** A message key: lowercase words joined by dots, such as {@code talk.list.count}. */
	private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9@_-]+)+");

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	/** Calls whose string arguments are message keys. */
	private static final Pattern KEY_CALL = Pattern.compile("\\b(?:"
			+ String.join("|", "addFlashAttribute", "rejectValue", "reject", "getMessage", "FigureParseException",
					"ImportTargetException", "ScheduleFormatException", "ImportMessage", "TalkLink", "SearchNotice")
			+ ")\\s*\\(");

	/** A constant that holds message keys, such as {@code COLUMN_KEYS}. */
	private static final Pattern KEY_CONSTANT = Pattern.compile("static final [^=;]*\\b\\w*KEYS?\\s*=");

	/** The message of a Bean Validation constraint, such as {@code {note.body.blank}}. */
	private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");

	private JavaMessages() {
	}

	/**
	 * The keys a Java source passes as string literals: to the calls that take keys, in
	 * constants named {@code …KEYS}, and as the messages of validation constraints.
	 */
	static Set<String> in(Path source) {
		String java = read(source);
		Set<String> keys = new LinkedHashSet<>();
		Matcher calls = KEY_CALL.matcher(java);
		while (calls.find()) {
			keys.addAll(keyLiterals(java.substring(calls.end(), endOfArguments(java, calls.end()))));
		}
		Matcher constants = KEY_CONSTANT.matcher(java);
		while (constants.find()) {
			keys.addAll(keyLiterals(java.substring(constants.end(), java.indexOf(';', constants.end()))));
		}
		Matcher constraints = CONSTRAINT_MESSAGE.matcher(java);
		while (constraints.find()) {
			keys.add(constraints.group(1));
		}
		return keys;
	}

	private static List<String> keyLiterals(String code) {
		List<String> literals = new ArrayList<>();
		Matcher strings = STRING.matcher(code);
		while (strings.find()) {
			if (KEY.matcher(strings.group(1)).matches()) {
				literals.add(strings.group(1));
			}
		}
		return literals;
	}

	/** Where the arguments that start at {@code from} end, skipping string literals. */
	private static int endOfArguments(String java, int from) {
		int depth = 1;
		for (int i = from; i < java.length(); i++) {
			char c = java.charAt(i);
			if (c == '"') {
				Matcher string = STRING.matcher(java).region(i, java.length());
				i = string.lookingAt() ? string.end() - 1 : i;
			}
			else if (c == '(' || c == ')') {
				depth += (c == '(') ? 1 : -1;
				if (depth == 0) {
					return i;
				}
			}
		}
		return java.length();
	}

	/** The keys that name the kinds of talk. */
	static Set<String> talkKinds() {
		return Stream.of(TalkKind.values()).map(TalkKind::getMessageKey).collect(Collectors.toSet());
	}

	static List<Path> sources() {
		try (Stream<Path> files = Files.walk(JAVA)) {
			return files.filter((file) -> file.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
