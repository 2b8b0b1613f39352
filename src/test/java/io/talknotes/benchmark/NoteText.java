package io.talknotes.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the text of synthetic talks and notes: titles, abstracts and Markdown bullet
 * notes of 150 to 1,000 characters, with words drawn from a {@link Vocabulary} and
 * figures quoted the way the seed quotes them ("35M QPS", "10K+ pods").
 */
final class NoteText {

	static final int MIN_NOTE = 150;

	static final int MAX_NOTE = 1000;

	private static final List<String> FIGURES = List.of("35M QPS", "10K+ pods", "5k+ cores", "150B+ chips",
			"100+ microservices", "1M downloads/month", "30k pods", "4k keyspaces", "99.99% uptime", "600 contributors",
			"3.5 billion snaps/day", "50k+ cores", "2x faster", "40% cheaper", "1,000 nodes");

	private static final List<String> TITLE_SHAPES = List.of("%s at %s: %s", "Scaling %s with %s and %s",
			"%s, %s and %s in production", "Lessons learned running %s on %s %s", "%s deep dive: %s %s",
			"From %s to %s: %s", "Intro to %s %s %s");

	private final Vocabulary vocabulary;

	NoteText(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** A talk title such as "Scaling Etcd with Canary and Pods". */
	String title(Random random) {
		String shape = TITLE_SHAPES.get(random.nextInt(TITLE_SHAPES.size()));
		Object[] words = new Object[3];
		for (int i = 0; i < words.length; i++) {
			words[i] = capitalized(this.vocabulary.nextContentWord(random));
		}
		return String.format(Locale.ROOT, shape, words);
	}

	/** One or two sentences of prose. */
	String abstractText(Random random) {
		StringBuilder text = new StringBuilder();
		int sentences = 1 + random.nextInt(2);
		for (int i = 0; i < sentences; i++) {
			text.append(sentence(random, 12 + random.nextInt(14))).append(". ");
		}
		return text.toString().strip();
	}

	/**
	 * A note of Markdown bullets, nested now and then, with the occasional figure, bold
	 * word or code span. Its length follows a log-normal law (median about 370
	 * characters) cut to 150..1,000.
	 */
	String note(Random random) {
		int target = (int) Math.round(Math.exp(5.9 + 0.55 * random.nextGaussian()));
		target = Math.max(MIN_NOTE, Math.min(MAX_NOTE, target));
		StringBuilder note = new StringBuilder();
		while (note.length() < target) {
			if (note.length() > 0) {
				note.append('\n');
			}
			note.append((note.length() > 0 && random.nextInt(10) < 3) ? "    - " : "- ");
			note.append(line(random));
		}
		if (note.length() > MAX_NOTE) {
			int cut = note.lastIndexOf(" ", MAX_NOTE);
			note.setLength((cut > MIN_NOTE) ? cut : MAX_NOTE);
		}
		return note.toString();
	}

	private String line(Random random) {
		String line = capitalized(sentence(random, 4 + random.nextInt(12)));
		if (random.nextInt(6) == 0) {
			line = line + ": " + FIGURES.get(random.nextInt(FIGURES.size()));
		}
		return line;
	}

	private String sentence(Random random, int words) {
		StringBuilder sentence = new StringBuilder();
		for (int i = 0; i < words; i++) {
			if (i > 0) {
				sentence.append((random.nextInt(12) == 0) ? ", " : " ");
			}
			String word = this.vocabulary.next(random);
			int style = random.nextInt(40);
			sentence.append((style == 0) ? "**" + word + "**" : (style == 1) ? "`" + word + "`" : word);
		}
		return sentence.toString();
	}

	static String capitalized(String word) {
		if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
			return word;
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
