package io.talknotes.search;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.Passage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passages are written as HTML escaped as Lucene's encoder escapes text, with their
 * matches in {@code <mark>}, whatever the text holds.
 */
class MarkedPassagesPropertyTests {

	@Property(tries = 1000)
	void escapesAnyPartOfATextAsLucenesEncoderDoes(@ForAll("texts") String text) {
		for (int from = 0; from <= text.length(); from++) {
			StringBuilder html = new StringBuilder("<p>");
			MarkedPassages.escape(text, from, text.length(), html);
			assertThat(html).as("\"%s\" from %d", text, from)
				.hasToString("<p>" + SimpleHTMLEncoder.htmlEncode(text.substring(from)));
		}
	}

	@Property(tries = 500)
	void marksTheMatchesOfAPassageInEscapedText(@ForAll("texts") String text) {
		Passage passage = new Passage();
		passage.setStartOffset(0);
		passage.setEndOffset(text.length());
		int middle = text.length() / 2;
		passage.addMatch(middle / 2, middle, null, 1);
		String html = new MarkedPassages().format(new Passage[] { passage }, text).get(0);
		if (middle / 2 == middle) {
			assertThat(html).isEqualTo(SimpleHTMLEncoder.htmlEncode(text));
		}
		else {
			assertThat(html).isEqualTo(SimpleHTMLEncoder.htmlEncode(text.substring(0, middle / 2)) + "<mark>"
					+ SimpleHTMLEncoder.htmlEncode(text.substring(middle / 2, middle)) + "</mark>"
					+ SimpleHTMLEncoder.htmlEncode(text.substring(middle)));
		}
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.strings()
			.withChars("a \"&<>'/é\n")
			.withChars('\u2029', 'Z')
			.ofMaxLength(40)
			.edgeCases((edges) -> edges.add("<b>\"AT&T's\" 1/2</b>"));
	}

}
