package io.talknotes.search;

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

}
