package io.talknotes.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Makes the slugs that address pages: lowercase words joined by hyphens, such as
 * {@code snap-inc} for "Snap Inc.".
 */
public final class Slugs {

	/** The longest slug the schema holds. */
	public static final int MAX_LENGTH = 120;

	private Slugs() {
	}

	/**
	 * Turns a name into a slug: accents dropped, letters lower-cased, anything else
	 * between words replaced by one hyphen.
	 * @param name the name, e.g. {@code "JD.com"}
	 * @return the slug, e.g. {@code "jd-com"}; empty when the name has no latin letters
	 * or digits
	 */
	public static String of(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
		}
		return slug.replaceAll("^-+|-+$", "");
	}

	/**
	 * Returns a slug for the name that is not taken yet, adding "-2", "-3", … when
	 * needed.
	 * @param name the name
	 * @param fallback the slug to start from when the name gives none
	 * @param taken tells whether a slug is already used
	 * @return a free slug
	 */
	public static String unique(String name, String fallback, Predicate<String> taken) {
		String base = of(name);
		base = base.isEmpty() ? fallback : base;
		String slug = base;
		for (int suffix = 2; taken.test(slug); suffix++) {
			String end = "-" + suffix;
			slug = base.substring(0, Math.min(base.length(), MAX_LENGTH - end.length())) + end;
		}
		return slug;
	}

}
