package io.talknotes.figure.shorthand;

import java.util.List;

/**
 * How a quoted figure relates to the real number: "100k+" is a floor, "~2300" an
 * estimate, "up to 5000" a ceiling and "under 2 min" a bound that is not reached.
 */
public enum Qualifier {

	/** The figure as quoted, e.g. "35M QPS". */
	EXACTLY("", "", "", List.of()),

	/** A floor, written "100k+", "at least 100k" or "&gt;= 100k". */
	AT_LEAST("", "+", "at least ", List.of("at least", "more than", "over", ">=", "≥", ">")),

	/** An estimate, written "~2300", "about 2300", "around 2300" or "approx. 2300". */
	ABOUT("~", "", "about ", List.of("about", "around", "approximately", "approx.", "approx", "roughly", "~", "≈")),

	/** A ceiling, written "up to 5000", "at most 5000" or "&lt;= 5000". */
	UP_TO("up to ", "", "up to ", List.of("up to", "at most", "no more than", "<=", "≤")),

	/**
	 * Below a bound, written "under 2 min", "less than 5", "fewer than 5", "&lt; 250 µs"
	 * or "sub-second" (under one second).
	 */
	UNDER("under ", "", "under ", List.of("under", "less than", "fewer than", "below", "sub-", "sub", "<"));

	private final String shortPrefix;

	private final String shortSuffix;

	private final String longPrefix;

	private final List<String> prefixes;

	Qualifier(String shortPrefix, String shortSuffix, String longPrefix, List<String> prefixes) {
		this.shortPrefix = shortPrefix;
		this.shortSuffix = shortSuffix;
		this.longPrefix = longPrefix;
		this.prefixes = prefixes;
	}

	/**
	 * Returns what goes before the number in the short form, e.g. {@code "~"}.
	 * @return the prefix, possibly empty
	 */
	public String shortPrefix() {
		return this.shortPrefix;
	}

	/**
	 * Returns what goes right after the number in the short form, e.g. {@code "+"}.
	 * @return the suffix, possibly empty
	 */
	public String shortSuffix() {
		return this.shortSuffix;
	}

	/**
	 * Returns what goes before the number in the full form, e.g. {@code "at least "}.
	 * @return the prefix including its trailing space, possibly empty
	 */
	public String longPrefix() {
		return this.longPrefix;
	}

	/**
	 * Returns the words and symbols that introduce this qualifier before a number.
	 * @return the prefixes as written, lower case
	 */
	public List<String> prefixes() {
		return this.prefixes;
	}

}
