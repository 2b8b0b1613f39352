package io.talknotes.search;

import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassagesTests {

	@Test
	void keepsOnlyTheLinesOfAPassageThatMatch() {
		String passage = "Major changes:\n- No more <mark>Tiller</mark>\n- Chart repository: Helm Hub\n"
				+ "    - <mark>Tiller</mark>less installs";

		assertThat(Passages.markedLines(passage))
			.isEqualTo("- No more <mark>Tiller</mark>\n- <mark>Tiller</mark>less installs");
	}

	@Test
	void keepsAPassageWithoutMarksWhole() {
		assertThat(Passages.markedLines("  nothing marked here \n")).isEqualTo("nothing marked here");
	}

	@Test
	void showsOnlyTheMarkedLinesOfAListWithoutSentences() {
		assertThat(Passages.markedLines("- Vitess\n- <mark>OPA</mark> graduated\n- etcd"))
			.isEqualTo("- <mark>OPA</mark> graduated");
	}

	@Property(tries = 2000)
	void keepsTheFirstFourMarkedLinesStrippedWhateverEndsThem(@ForAll("passages") String passage) {
		String marked = passage.lines()
			.filter((line) -> line.contains("<mark>"))
			.limit(4)
			.map(String::strip)
			.collect(Collectors.joining("\n"));
		assertThat(Passages.markedLines(passage)).as("\"%s\"", passage)
			.isEqualTo(marked.isEmpty() ? passage.strip() : marked);
	}

	@Provide
	Arbitrary<String> passages() {
		return Arbitraries.strings()
			.withChars("\n\r \t-a")
			.withChars('\u2003', '<')
			.ofMaxLength(40)
			.map((text) -> text.replace("<", "<mark>"))
			.edgeCases((edges) -> edges.add("a <mark>\r\n<mark>\r\r\n \n<mark>\n<mark>\n<mark> b\r"));
	}

}
