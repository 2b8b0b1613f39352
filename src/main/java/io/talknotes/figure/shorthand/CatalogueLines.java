package io.talknotes.figure.shorthand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the lines of a unit catalogue, one unit a line:
 * {@code name = kind [factor] | singular | short form | other names, comma-separated}.
 * Everything after the kind is optional; blank lines and lines starting with {@code #}
 * are skipped. A line that cannot be read is refused with its source and line number.
 */
final class CatalogueLines {

	/** Where the built-in catalogue is, on the class path. */
	static final String BUILT_IN = "/units/catalogue.txt";

	// Characters that would end a name in a catalogue line, or start a figure rather than
	// a unit
	private static final String NOT_IN_NAMES = "=|,#";

	private static final String NOT_FIRST_IN_NAMES = "0123456789.+-~<>≤≥≈";

	private static final int MAX_NAME_LENGTH = 60;

	private CatalogueLines() {
	}

	static List<FigureUnit> builtIn() {
		try (InputStream in = CatalogueLines.class.getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new IllegalStateException("The built-in unit catalogue " + BUILT_IN + " is missing");
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return read(BUILT_IN, text.lines().toList(), List.of(), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads catalogue lines into units.
	 * @param source what the lines are, for messages, e.g. a file name
	 * @param lines the lines
	 * @param known units already known, whose rates a count may stand for per second
	 * @param percentages whether percentage units may be defined
	 * @return the units, in the order of the lines
	 * @throws IllegalArgumentException naming the source and line that cannot be read
	 */
	static List<FigureUnit> read(String source, List<String> lines, List<FigureUnit> known, boolean percentages) {
		// Who owns each name: a known unit, or a line read before
		Map<List<String>, Object> owners = new HashMap<>();
		known.forEach((unit) -> unit.synonyms().forEach((name) -> owners.putIfAbsent(key(name), unit)));
		List<CatalogueLine> read = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i).strip();
			int number = i + 1;
			Function<String, IllegalArgumentException> problem = (what) -> new IllegalArgumentException(
					source + ", line " + number + ": " + what);
			if (!text.isEmpty() && !text.startsWith("#")) {
				CatalogueLine line = CatalogueLine.parse(text, percentages, problem);
				for (String name : line.names()) {
					Object owner = owners.putIfAbsent(key(name), line);
					if (owner != null && owner != line) {
						String other = (owner instanceof FigureUnit unit) ? unit.name()
								: ((CatalogueLine) owner).name();
						throw problem
							.apply("\"" + name + "\" already names " + other + " (names are matched ignoring case)");
					}
				}
				read.add(line);
			}
		}
		List<FigureUnit> rates = new ArrayList<>(known);
		read.stream().filter((line) -> line.kind() != UnitKind.COUNT).forEach((line) -> rates.add(line.unit(null)));
		return read.stream().map((line) -> line.unit(perSecond(line, rates))).toList();
	}

	private static List<String> key(String name) {
		return Tokens.lower(Tokens.split(name));
	}

	/**
	 * The line to add to a catalogue so that an unknown unit becomes a count.
	 * @return the line, or {@code null} when the words cannot be a name in a catalogue
	 */
	static String suggest(FigureUnit unknown) {
		String name = unknown.name();
		boolean fits = name.length() <= MAX_NAME_LENGTH && problemWith(name) == null;
		return fits ? name + " = " + UnitKind.COUNT.keyword() : null;
	}

	private static FigureUnit perSecond(CatalogueLine line, List<FigureUnit> rates) {
		if (line.kind() != UnitKind.COUNT) {
			return null;
		}
		String name = line.name() + " per second";
		return rates.stream()
			.filter((unit) -> unit.kind() == UnitKind.RATE && unit.name().equalsIgnoreCase(name))
			.findFirst()
			.orElse(null);
	}

	static String problemWith(String name) {
		if (name.isEmpty()) {
			return "a name is missing";
		}
		if (name.length() > MAX_NAME_LENGTH) {
			return "\"" + name + "\" is longer than " + MAX_NAME_LENGTH + " characters";
		}
		if (name.chars().anyMatch((c) -> NOT_IN_NAMES.indexOf(c) >= 0)
				|| NOT_FIRST_IN_NAMES.indexOf(name.charAt(0)) >= 0) {
			return "\"" + name + "\" cannot be a name: it may not contain = | , # nor start with a digit or sign";
		}
		return null;
	}

}
