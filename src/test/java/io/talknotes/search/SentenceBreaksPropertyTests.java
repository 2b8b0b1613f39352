package io.talknotes.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentences found once and looked up are the sentences the JDK's iterator finds, asked
 * any way the highlighter asks.
 */
class SentenceBreaksPropertyTests {

	@Property(tries = 500)
	void findsTheBoundariesTheJdkFindsFromAnyOffset(@ForAll("notes") String text) {
		BreakIterator jdk = jdk(text);
		BreakIterator looked = looked(text);
		for (int offset = 0; offset <= text.length(); offset++) {
			assertThat(looked.following(offset)).as("following(%d) in \"%s\"", offset, text)
				.isEqualTo(jdk.following(offset));
			assertThat(looked.current()).as("current after following(%d)", offset).isEqualTo(jdk.current());
			assertThat(looked.preceding(offset)).as("preceding(%d) in \"%s\"", offset, text)
				.isEqualTo(jdk.preceding(offset));
			assertThat(looked.current()).as("current after preceding(%d)", offset).isEqualTo(jdk.current());
			assertThat(looked.isBoundary(offset)).as("isBoundary(%d)", offset).isEqualTo(jdk.isBoundary(offset));
		}
	}

	@Property(tries = 500)
	void findsTheBoundariesTheJdkFindsWhenAskedFirst(@ForAll("notes") String text) {
		BreakIterator jdk = jdk(text);
		for (int offset = 0; offset <= text.length(); offset++) {
			assertThat(looked(text).preceding(offset)).as("preceding(%d) in \"%s\"", offset, text)
				.isEqualTo(jdk.preceding(offset));
			assertThat(looked(text).following(offset)).as("following(%d) in \"%s\"", offset, text)
				.isEqualTo(jdk.following(offset));
			assertThat(looked(text).isBoundary(offset)).as("isBoundary(%d)", offset).isEqualTo(jdk.isBoundary(offset));
		}
	}

	@Property(tries = 200)
	void walksTheSameBoundariesBothWays(@ForAll("notes") String text) {
		assertThat(walk(looked(text))).isEqualTo(walk(jdk(text)));
	}

	@Provide
	Arbitrary<String> notes() {
		return Arbitraries.strings()
			.withChars("aZ .!?\n\"')")
			.withChars('1', 'e', 'g', 'T')
			.ofMaxLength(60)
			.injectDuplicates(0.1)
			.edgeCases((edges) -> edges.add("e.g. Tiller. Then Helm!\n- a list\n- Tiller?\"  Next")
				// Boundaries a character apart: after "a." and after the first line
				// break.
				.add("a.\n\n\"\n)b"));
	}

	private static List<Integer> walk(BreakIterator breaks) {
		List<Integer> walked = new ArrayList<>();
		walked.add(breaks.first());
		for (int boundary = breaks.next(); boundary != BreakIterator.DONE; boundary = breaks.next()) {
			walked.add(boundary);
		}
		walked.add(breaks.last());
		for (int boundary = breaks.previous(); boundary != BreakIterator.DONE; boundary = breaks.previous()) {
			walked.add(boundary);
		}
		walked.add(breaks.current());
		return walked;
	}

	private static BreakIterator jdk(String text) {
		BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
		breaks.setText(text);
		return breaks;
	}

	private static BreakIterator looked(String text) {
		BreakIterator breaks = new SentenceBreaks(BreakIterator.getSentenceInstance(Locale.ROOT));
		breaks.setText(text);
		return breaks;
	}

}
