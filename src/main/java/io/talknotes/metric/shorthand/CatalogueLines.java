package io.talknotes.metric.shorthand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines of a unit catalogue, one unit a line:
 * {@code name = kind [factor] | singular | short form | other names, comma-separated}.
 * Everything after the kind is optional; blank lines and lines starting with {@code #}
 * are skipped. A line that cannot be read is refused with its source and line number.
 */
final class CatalogueLines {

	/** Where the built-in catalogue is, on the class path. */
	static final String BUILT_IN = "/units/catalogue.txt";

	private static final Pattern FACTOR = Pattern
		.compile("(\\d{1,30}(?:\\.\\d{1,30})?(?:[eE][+-]?\\d{1,3})?)|(\\d{1,6})\\^(\\d{1,2})");

	// Characters that would end a name in a catalogue line, or start a figure rather than
	// a unit
	private static final String NOT_IN_NAMES = "=|,#";

	private static final String NOT_FIRST_IN_NAMES = "0123456789.+-~<>≤≥≈";

	private static final int MAX_NAME_LENGTH = 60;

	// Keeps factors within what a chart can draw and a person would mean
	private static final BigDecimal SMALLEST_FACTOR = BigDecimal.ONE.scaleByPowerOfTen(-30);

	private static final BigDecimal LARGEST_FACTOR = BigDecimal.ONE.scaleByPowerOfTen(30);

	private CatalogueLines() {
	}

	static List<MetricUnit> builtIn() {
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
	static List<MetricUnit> read(String source, List<String> lines, List<MetricUnit> known, boolean percentages) {
		// Who owns each name: a known unit, or a line read before
		Map<List<String>, Object> owners = new HashMap<>();
		known.forEach((unit) -> unit.synonyms().forEach((name) -> owners.putIfAbsent(key(name), unit)));
		List<Line> read = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i).strip();
			int number = i + 1;
			Function<String, IllegalArgumentException> problem = (what) -> new IllegalArgumentException(
					source + ", line " + number + ": " + what);
			if (!text.isEmpty() && !text.startsWith("#")) {
				Line line = Line.parse(text, percentages, problem);
				for (String name : line.names()) {
					Object owner = owners.putIfAbsent(key(name), line);
					if (owner != null && owner != line) {
						String other = (owner instanceof MetricUnit unit) ? unit.name() : ((Line) owner).name;
						throw problem
							.apply("\"" + name + "\" already names " + other + " (names are matched ignoring case)");
					}
				}
				read.add(line);
			}
		}
		List<MetricUnit> rates = new ArrayList<>(known);
		read.stream().filter((line) -> line.kind != UnitKind.COUNT).forEach((line) -> rates.add(line.unit(null)));
		return read.stream().map((line) -> line.unit(perSecond(line, rates))).toList();
	}

	private static List<String> key(String name) {
		return Tokens.lower(Tokens.split(name));
	}

	/**
	 * The line to add to a catalogue so that an unknown unit becomes a count.
	 * @return the line, or {@code null} when the words cannot be a name in a catalogue
	 */
	static String suggest(MetricUnit unknown) {
		String name = unknown.name();
		boolean fits = name.length() <= MAX_NAME_LENGTH && problemWith(name) == null;
		return fits ? name + " = " + UnitKind.COUNT.keyword() : null;
	}

	private static MetricUnit perSecond(Line line, List<MetricUnit> rates) {
		if (line.kind != UnitKind.COUNT) {
			return null;
		}
		String name = line.name + " per second";
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

	/**
	 * One line of a catalogue, read but not yet a unit.
	 */
	private record Line(String name, UnitKind kind, BigDecimal factor, String singular, String shortForm,
			List<String> synonyms) {

		static Line parse(String line, boolean percentages, Function<String, IllegalArgumentException> problem) {
			int equals = line.indexOf('=');
			if (equals < 0) {
				throw problem.apply("write name = kind, for example \"keyspaces = count\"");
			}
			String name = line.substring(0, equals).strip();
			String[] parts = line.substring(equals + 1).split("\\|", -1);
			String[] kindAndFactor = parts[0].strip().split("\\s+");
			UnitKind kind = UnitKind.fromKeyword(kindAndFactor[0])
				.filter((found) -> percentages || found != UnitKind.PERCENTAGE)
				.orElseThrow(() -> problem.apply("unknown kind \"" + kindAndFactor[0]
						+ "\"; use count, rate, data, bandwidth, duration or multiplier"));
			BigDecimal factor = (kindAndFactor.length > 1) ? factor(kindAndFactor[1], kind, problem) : BigDecimal.ONE;
			if (kindAndFactor.length > 2) {
				throw problem.apply("put only a kind and a factor before the first |");
			}
			String singular = part(parts, 1, name);
			String shortForm = part(parts, 2, name);
			List<String> synonyms = (parts.length > 3) ? Arrays.stream(parts[3].split(","))
				.map(String::strip)
				.filter((synonym) -> !synonym.isEmpty())
				.toList() : List.of();
			if (parts.length > 4) {
				throw problem.apply("separate other names with commas, not |");
			}
			Line read = new Line(name, kind, factor, singular, shortForm, synonyms);
			for (String each : read.names()) {
				String wrong = problemWith(each);
				if (wrong != null) {
					throw problem.apply(wrong);
				}
			}
			return read;
		}

		MetricUnit unit(MetricUnit perSecond) {
			return new MetricUnit(this.name, this.singular, this.shortForm, this.kind, this.factor, true, this.synonyms,
					perSecond);
		}

		List<String> names() {
			List<String> names = new ArrayList<>(List.of(this.name, this.singular, this.shortForm));
			names.addAll(this.synonyms);
			return names;
		}

		private static String part(String[] parts, int index, String fallback) {
			String part = (parts.length > index) ? parts[index].strip() : "";
			return part.isEmpty() ? fallback : part;
		}

		private static BigDecimal factor(String written, UnitKind kind,
				Function<String, IllegalArgumentException> problem) {
			Matcher matcher = FACTOR.matcher(written);
			if (!matcher.matches()) {
				throw problem
					.apply("cannot read the factor \"" + written + "\"; write it like 1000, 0.001, 1e12 or 2^40");
			}
			boolean power = matcher.group(1) == null;
			BigDecimal factor = power ? new BigDecimal(matcher.group(2)).pow(Integer.parseInt(matcher.group(3)))
					: new BigDecimal(matcher.group(1));
			boolean converts = kind == UnitKind.DATA || kind == UnitKind.BANDWIDTH || kind == UnitKind.DURATION;
			if (!converts && factor.compareTo(BigDecimal.ONE) != 0) {
				throw problem.apply("a " + kind.keyword() + " takes no factor other than 1");
			}
			if (factor.compareTo(SMALLEST_FACTOR) < 0 || factor.compareTo(LARGEST_FACTOR) > 0) {
				throw problem.apply("keep the factor between 1e-30 and 1e30");
			}
			return factor;
		}

	}

}
