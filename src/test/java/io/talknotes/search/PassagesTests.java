package io.talknotes.search;

import java.util.List;

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
	void cutsATextMarkedWholeIntoItsBestSentencesTheBestFirst() {
		String marked = "Helm has charts. <mark>Tiller</mark> is gone in Helm 3. <mark>Tiller</mark> was the "
				+ "server side of Helm, and <mark>Tiller</mark> needed wide permissions. Charts are packages.";

		assertThat(Passages.bestSentences(List.of(marked), 2)).containsExactly(
				"<mark>Tiller</mark> was the server side of Helm, and <mark>Tiller</mark> needed wide permissions. ",
				"<mark>Tiller</mark> is gone in Helm 3. ");
	}

	@Test
	void showsOnlyTheMarkedLinesOfAListWithoutSentences() {
		assertThat(Passages.bestSentences(List.of("- Vitess\n- <mark>OPA</mark> graduated\n- etcd"), 3)).singleElement()
			.satisfies(
					(passage) -> assertThat(Passages.markedLines(passage)).isEqualTo("- <mark>OPA</mark> graduated"));
	}

	@Test
	void givesEachValueWithAMatchWhetherJoinedOrNot() {
		assertThat(Passages.values(List.of("<mark>35M</mark> QPS\u20291,000 pods\u2029<mark>35M</mark> users")))
			.containsExactly("<mark>35M</mark> QPS", "<mark>35M</mark> users");
		assertThat(Passages.values(List.of("<mark>35M</mark> QPS", "<mark>35M</mark> users")))
			.containsExactly("<mark>35M</mark> QPS", "<mark>35M</mark> users");
		assertThat(Passages.bestSentences(List.of(), 3)).isEmpty();
	}

}
