package io.talknotes.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The messages files: {@code messages.properties} and any translation of it, such as
 * {@code messages_de.properties}.
 */
final class MessageFiles {

	private static final Path RESOURCES = Path.of("src", "main", "resources");

	static final Path BASE = RESOURCES.resolve("messages.properties");

	private MessageFiles() {
	}

	/**
	 * How many times each key is defined in a properties file, in the order of the file:
	 * {@link Properties} would keep the last definition only.
	 */
	static Map<String, Integer> keys(Path file) {
		Map<String, Integer> keys = new LinkedHashMap<>();
		boolean continued = false;
		for (String line : JavaMessages.read(file).split("\\R")) {
			String text = line.stripLeading();
			if (!continued && !text.isEmpty() && text.charAt(0) != '#' && text.charAt(0) != '!') {
				Matcher key = Pattern.compile("((?:[^=:\\s\\\\]|\\\\.)+)").matcher(text);
				if (key.lookingAt()) {
					keys.merge(key.group(1).replaceAll("\\\\(.)", "$1"), 1, Integer::sum);
				}
			}
			continued = (continued || !text.startsWith("#")) && endsWithOddBackslashes(line);
		}
		return keys;
	}

	private static boolean endsWithOddBackslashes(String line) {
		int backslashes = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	/** The messages of a properties file, by key, as the application reads them. */
	static Map<String, String> values(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> values = new LinkedHashMap<>();
		properties.stringPropertyNames().forEach((key) -> values.put(key, properties.getProperty(key)));
		return values;
	}

	/**
	 * messages.properties and every translation of it, such as messages_de.properties.
	 */
	static List<Path> all() {
		try (Stream<Path> files = Files.list(RESOURCES)) {
			return files.filter((file) -> file.getFileName().toString().matches("messages.*\\.properties"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The language of a messages file: English for messages.properties. */
	static Locale localeOf(Path file) {
		String name = file.getFileName().toString();
		Matcher suffix = Pattern.compile("messages_(.+)\\.properties").matcher(name);
		return suffix.matches() ? Locale.forLanguageTag(suffix.group(1).replace('_', '-')) : Locale.ENGLISH;
	}

}
