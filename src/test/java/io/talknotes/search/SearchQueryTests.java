package io.talknotes.search;

import io.talknotes.TestMessages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	@Test
	void keepsWordsPhrasesPrefixesAndExclusions() {
		SearchQuery query = SearchQuery.parse("  Helm   \"three-way merge\" kube* -Tiller ");

		assertThat(query.text()).isEqualTo("helm \"three-way merge\" kube* -tiller");
		assertThat(query.asTyped()).isEqualTo("Helm \"three-way merge\" kube* -Tiller");
		assertThat(query.notices()).isEmpty();
	}

	@Test
	void turnsSpokenOperatorsIntoTheEnginesOperators() {
		assertThat(SearchQuery.parse("linkerd OR envoy").text()).isEqualTo("linkerd | envoy");
		assertThat(SearchQuery.parse("helm AND charts").text()).isEqualTo("helm + charts");
		assertThat(SearchQuery.parse("helm NOT tiller").text()).isEqualTo("helm -tiller");
		assertThat(SearchQuery.parse("or and not").text()).as("lower-case words are words").isEqualTo("or and not");
	}

	@Test
	void dropsAnUnbalancedQuoteAndSaysSo() {
		SearchQuery query = SearchQuery.parse("\"zero downtime");

		assertThat(query.text()).isEqualTo("zero downtime");
		assertThat(shown(query)).containsExactly("A quote had no closing quote, so it was ignored.");
	}

	@Test
	void onlyOperatorsOrNothingIsNothingToSearchFor() {
		assertThat(SearchQuery.parse("+ - | \" ( ) *").isEmpty()).isTrue();
		assertThat(SearchQuery.parse("   ").isEmpty()).isTrue();
		assertThat(SearchQuery.parse(null).isEmpty()).isTrue();
	}

	@Test
	void shortensAHugeQueryAndSaysSo() {
		SearchQuery query = SearchQuery.parse("kubernetes ".repeat(1000));

		assertThat(query.text().length()).isLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(shown(query)).containsExactly("Your search was long, so only its first 200 characters were used.");
	}

	@Test
	void makesPlainWordsTolerantOfTyposForTheRetry() {
		SearchQuery query = SearchQuery.parse("kuberentes \"exact phrase\" kube* -helm etc");

		assertThat(query.fuzzy()).isEqualTo("kuberentes~2 \"exact phrase\" kube* -helm etc~1");
		assertThat(query.words()).containsExactly("kuberentes", "etc");
	}

	@Test
	void countsASwapOfNeighbouringLettersAsOneEdit() {
		assertThat(Suggestions.distance("kuberentes", "kubernetes")).isEqualTo(1);
		assertThat(Suggestions.distance("vites", "vitess")).isEqualTo(1);
		assertThat(Suggestions.distance("helm", "helm")).isZero();
	}

	/** The notices as the search page shows them. */
	private static java.util.List<String> shown(SearchQuery query) {
		return query.notices()
			.stream()
			.map((notice) -> (notice.argument() != null) ? TestMessages.text(notice.key(), notice.argument())
					: TestMessages.text(notice.key()))
			.toList();
	}

}
