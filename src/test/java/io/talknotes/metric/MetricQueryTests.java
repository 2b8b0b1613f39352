package io.talknotes.metric;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.talknotes.metric.Figures.link;
import static io.talknotes.metric.Figures.view;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MetricQuery}: reading the page's parameters and the links of its
 * column headers.
 */
class MetricQueryTests {

	@Test
	void blankAndUnknownParametersMeanTheDefault() {
		MetricQuery query = new MetricQuery(" ", "", null, "  ", "colour", "up");

		assertThat(query).isEqualTo(MetricQuery.ALL);
		assertThat(query.isFiltered()).isFalse();
		assertThat(query.isSorted()).isFalse();
		assertThat(query.sort()).isEqualTo("unit");
		assertThat(query.dir()).isEqualTo("asc");
	}

	@Test
	void theDefaultOrderIsByUnitSoItsHeaderSortsTheOtherWay() {
		assertThat(MetricQuery.ALL.ariaSort("unit")).isEqualTo("ascending");
		assertThat(MetricQuery.ALL.ariaSort("value")).isNull();
		assertThat(MetricQuery.ALL.sortHref("unit")).isEqualTo("/metrics?sort=unit&dir=desc");
		assertThat(MetricQuery.ALL.sortHref("company")).isEqualTo("/metrics?sort=company&dir=asc");
		assertThat(MetricQuery.ALL.sortHref("value")).isEqualTo("/metrics?sort=value&dir=desc");
	}

	@Test
	void aSortedColumnsHeaderReversesItAndKeepsTheFilters() {
		MetricQuery query = new MetricQuery("nodes per cluster", null, null, null, "VALUE", "DESC");

		assertThat(query.ariaSort("value")).isEqualTo("descending");
		assertThat(query.sortHref("value")).isEqualTo("/metrics?unit=nodes%20per%20cluster&sort=value&dir=asc");
		assertThat(query.sortHref("unit")).isEqualTo("/metrics?unit=nodes%20per%20cluster");
		assertThat(query.csvHref()).isEqualTo("/metrics.csv?unit=nodes%20per%20cluster&sort=value&dir=desc");
	}

	@Test
	void escapesFilterValuesInLinks() {
		MetricQuery query = new MetricQuery(null, "a&b=c", null, null, null, null);

		assertThat(query.csvHref()).isEqualTo("/metrics.csv?company=a%26b%3Dc");
	}

	@Test
	void ordersByNameWithNamelessFiguresLastEitherWay() {
		List<MetricView> figures = new ArrayList<>(List.of(view(1L, "5 pods", null, null, null),
				view(2L, "7 pods", link("b", "beta"), null, null), view(3L, "9 pods", link("a", "Alpha"), null, null)));

		figures.sort(new MetricQuery(null, null, null, null, "company", "asc").order());
		assertThat(figures).extracting(MetricView::id).containsExactly(3L, 2L, 1L);
		figures.sort(new MetricQuery(null, null, null, null, "company", "desc").order());
		assertThat(figures).extracting(MetricView::id).containsExactly(2L, 3L, 1L);
	}

	@Test
	void ordersByValueThenByUnit() {
		List<MetricView> figures = new ArrayList<>(List.of(view(1L, "5 pods", null, null, null),
				view(2L, "5 nodes", null, null, null), view(3L, "50 cores", null, null, null)));

		figures.sort(new MetricQuery(null, null, null, null, "value", "asc").order());

		assertThat(figures).extracting(MetricView::id).containsExactly(2L, 1L, 3L);
	}

}
