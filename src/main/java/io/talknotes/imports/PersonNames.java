package io.talknotes.imports;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a person's name from a piece of a talk title, for reading Sched summaries.
 * <p>
 * A name is two to four capitalised words ("Ada Lovelace", "Jean-Luc Picard", "José
 * Núñez", "Mary O'Brien Smith"); lowercase particles such as "van", "de" or "bin" may
 * stand between them and are not counted. Words hold only letters, marks, apostrophes,
 * hyphens and dots, so a title's digits, "?", "!", ":" or "/" rule it out. A word of
 * three or more capitals ("SIG", "CNCF") is an acronym, not a name, and words that titles
 * use but names do not ("The", "Of", "Deep", "Dive", "Intro", "Way", …) rule a text out.
 * One word is a name only in a script without capitals ("张伟").
 */
final class PersonNames {

	private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da",
			"du", "dos", "das", "la", "le", "bin", "binti", "al", "el", "ter", "ten", "zu", "y");

	private static final Set<String> TITLE_WORDS = Set.of("the", "a", "an", "and", "or", "of", "for", "to", "in", "on",
			"at", "by", "with", "from", "into", "your", "our", "my", "its", "is", "are", "be", "how", "what", "why",
			"when", "where", "who", "not", "no", "vs", "vs.", "via", "part", "deep", "dive", "intro", "introduction",
			"update", "updates", "overview", "edition", "way", "day", "session", "workshop", "tutorial", "panel",
			"keynote", "talk", "lightning", "q&a", "ask", "me", "anything", "hard", "easy", "new", "next", "beyond",
			"explained", "revisited", "reloaded", "returns", "strikes", "back");

	private PersonNames() {
	}

	/**
	 * Whether a text reads as one person's name.
	 * @param text the candidate, stripped
	 * @return {@code true} for "Ada Lovelace", {@code false} for "The Hard Way"
	 */
	static boolean looksLikeName(String text) {
		String[] words = text.strip().split("\\s+");
		if (words.length == 1) {
			return isCaselessWord(words[0]);
		}
		int counted = 0;
		for (String word : words) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (PARTICLES.contains(lower) && counted > 0) {
				continue;
			}
			if (TITLE_WORDS.contains(lower) || !isCapitalisedWord(word)) {
				return false;
			}
			counted++;
		}
		return counted >= 2 && counted <= 4;
	}

	private static boolean isCapitalisedWord(String word) {
		int first = word.codePointAt(0);
		boolean capital = Character.isUpperCase(first) || Character.isTitleCase(first) || isCaseless(first);
		return capital && hasOnlyNameCharacters(word) && !isAcronym(word);
	}

	private static boolean isCaselessWord(String word) {
		return !word.isEmpty() && word.codePoints().allMatch(PersonNames::isCaseless);
	}

	private static boolean isCaseless(int codePoint) {
		return Character.isLetter(codePoint) && !Character.isUpperCase(codePoint) && !Character.isLowerCase(codePoint)
				&& !Character.isTitleCase(codePoint);
	}

	private static boolean hasOnlyNameCharacters(String word) {
		return word.codePoints()
			.allMatch((c) -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
					|| Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '\'' || c == '\u2019'
					|| c == '-' || c == '.');
	}

	private static boolean isAcronym(String word) {
		long letters = word.codePoints().filter(Character::isLetter).count();
		return letters >= 3 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
	}

}
