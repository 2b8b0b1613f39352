package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a catalogue, read but not yet a unit.
 */
record CatalogueLine(String name, UnitKind kind, BigDecimal factor, String singular, String shortForm,
		List<String> synonyms) {

	private static final Pattern FACTOR = Pattern
		.compile("(\\d{1,30}(?:\\.\\d{1,30})?(?:[eE][+-]?\\d{1,3})?)|(\\d{1,6})\\^(\\d{1,2})");

	// Keeps factors within what a chart can draw and a person would mean
	private static final BigDecimal SMALLEST_FACTOR = BigDecimal.ONE.scaleByPowerOfTen(-30);

	private static final BigDecimal LARGEST_FACTOR = BigDecimal.ONE.scaleByPowerOfTen(30);

	static CatalogueLine parse(String line, boolean percentages, Function<String, IllegalArgumentException> problem) {
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
		List<String> synonyms = (parts.length > 3)
				? Arrays.stream(parts[3].split(",")).map(String::strip).filter((synonym) -> !synonym.isEmpty()).toList()
				: List.of();
		if (parts.length > 4) {
			throw problem.apply("separate other names with commas, not |");
		}
		CatalogueLine read = new CatalogueLine(name, kind, factor, singular, shortForm, synonyms);
		for (String each : read.names()) {
			String wrong = CatalogueLines.problemWith(each);
			if (wrong != null) {
				throw problem.apply(wrong);
			}
		}
		return read;
	}

	FigureUnit unit(FigureUnit perSecond) {
		return new FigureUnit(this.name, this.singular, this.shortForm, this.kind, this.factor, true, this.synonyms,
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
			throw problem.apply("cannot read the factor \"" + written + "\"; write it like 1000, 0.001, 1e12 or 2^40");
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
