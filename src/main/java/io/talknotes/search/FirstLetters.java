package io.talknotes.search;

import java.util.Map;
import java.util.function.Predicate;

import org.apache.lucene.util.BytesRef;

/**
 * The words of a text that may stem to one of a query's words, told by their first
 * letter: KStem changes the ends of words, so "clusters" can only become "cluster" if it
 * starts as "cluster" does. The few words KStem replaces whole with a word of another
 * first letter, all in its table of nationalities ("Holland" becomes "dutch", "Siamese"
 * "thailand"), are let through with the letters they may lead to.
 * <p>
 * Letters and digits each have their own bit; a word beginning with anything else (an
 * accent folding left, a letter of another script) is always stemmed when a query's word
 * begins with something else too.
 *
 * @param bits one bit for each first letter or digit let through, the last for the rest
 */
record FirstLetters(long bits) implements Predicate<CharSequence> {

	private static final long OTHER = 1L << 63;

	/**
	 * The first letters KStem replaces words by, with the first letters of the words it
	 * replaces: "holland" → "dutch", "filipino" → "philippines", "siam" and "siamese" →
	 * "thailand", "myanmar" → "burma", "kampuchean" → "cambodia".
	 */
	private static final Map<Character, Character> REPLACED = Map.of('d', 'h', 'p', 'f', 't', 's', 'b', 'm', 'c', 'k');

	/**
	 * The first letters of the words that may stem to one of these.
	 * @param words a query's words, as the index holds them
	 * @return the first letters to let through
	 */
	static FirstLetters of(BytesRef[] words) {
		long bits = 0;
		for (BytesRef word : words) {
			if (word.length == 0) {
				continue;
			}
			char first = word.utf8ToString().charAt(0);
			bits |= bit(first);
			Character replaced = REPLACED.get(first);
			if (replaced != null) {
				bits |= bit(replaced);
			}
		}
		return new FirstLetters(bits);
	}

	/** Whether the word, lowercased and folded, may stem to one of the query's words. */
	@Override
	public boolean test(CharSequence word) {
		return word.length() > 0 && (this.bits & bit(word.charAt(0))) != 0;
	}

	private static long bit(char first) {
		if (first >= 'a' && first <= 'z') {
			return 1L << (first - 'a');
		}
		if (first >= '0' && first <= '9') {
			return 1L << (26 + first - '0');
		}
		return OTHER;
	}

}
