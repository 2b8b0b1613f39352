package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The multipliers people write after a number: "100k", "35M", "3.5 billion".
 */
enum Magnitude {

	THOUSAND("k", 3, "k", "thousand", "thousands"),

	MILLION("M", 6, "m", "mn", "million", "millions"),

	BILLION("B", 9, "b", "bn", "billion", "billions"),

	TRILLION("T", 12, "t", "tn", "trillion", "trillions");

	private final String suffix;

	private final BigDecimal factor;

	private final List<String> aliases;

	Magnitude(String suffix, int exponent, String... aliases) {
		this.suffix = suffix;
		this.factor = BigDecimal.ONE.scaleByPowerOfTen(exponent);
		this.aliases = List.of(aliases);
	}

	String suffix() {
		return this.suffix;
	}

	BigDecimal factor() {
		return this.factor;
	}

	static Magnitude fromAlias(String alias) {
		String wanted = alias.toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((magnitude) -> magnitude.aliases.contains(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown magnitude " + alias));
	}

	/**
	 * Returns a regular expression alternation of all aliases, longest first so that
	 * "million" wins over "m".
	 */
	static String pattern() {
		return Arrays.stream(values())
			.flatMap((magnitude) -> magnitude.aliases.stream())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.collect(Collectors.joining("|"));
	}

}
