package io.talknotes.search;

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
		assertThat(query.notices()).containsExactly("A quote had no closing quote, so it was ignored.");
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
		assertThat(query.notices()).singleElement().asString().contains("first 200 characters");
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

}
