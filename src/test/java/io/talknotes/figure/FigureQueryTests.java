package io.talknotes.figure;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.talknotes.figure.Figures.link;
import static io.talknotes.figure.Figures.view;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FigureQuery}: reading the page's parameters and the links of its
 * column headers.
 */
class FigureQueryTests {

	@Test
	void blankAndUnknownParametersMeanTheDefault() {
		FigureQuery query = new FigureQuery(" ", "", null, "  ", "colour", "up");

		assertThat(query).isEqualTo(FigureQuery.ALL);
		assertThat(query.isFiltered()).isFalse();
		assertThat(query.isSorted()).isFalse();
		assertThat(query.sort()).isEqualTo("unit");
		assertThat(query.dir()).isEqualTo("asc");
	}

	@Test
	void theDefaultOrderIsByUnitSoItsHeaderSortsTheOtherWay() {
		assertThat(FigureQuery.ALL.ariaSort("unit")).isEqualTo("ascending");
		assertThat(FigureQuery.ALL.ariaSort("value")).isNull();
		assertThat(FigureQuery.ALL.sortHref("unit")).isEqualTo("/figures?sort=unit&dir=desc");
		assertThat(FigureQuery.ALL.sortHref("company")).isEqualTo("/figures?sort=company&dir=asc");
		assertThat(FigureQuery.ALL.sortHref("value")).isEqualTo("/figures?sort=value&dir=desc");
	}

	@Test
	void aSortedColumnsHeaderReversesItAndKeepsTheFilters() {
		FigureQuery query = new FigureQuery("nodes per cluster", null, null, null, "VALUE", "DESC");

		assertThat(query.ariaSort("value")).isEqualTo("descending");
		assertThat(query.sortHref("value")).isEqualTo("/figures?unit=nodes%20per%20cluster&sort=value&dir=asc");
		assertThat(query.sortHref("unit")).isEqualTo("/figures?unit=nodes%20per%20cluster");
		assertThat(query.csvHref()).isEqualTo("/figures.csv?unit=nodes%20per%20cluster&sort=value&dir=desc");
	}

	@Test
	void escapesFilterValuesInLinks() {
		FigureQuery query = new FigureQuery(null, "a&b=c", null, null, null, null);

		assertThat(query.csvHref()).isEqualTo("/figures.csv?company=a%26b%3Dc");
	}

	@Test
	void ordersByNameWithNamelessFiguresLastEitherWay() {
		List<FigureView> figures = new ArrayList<>(List.of(view(1L, "5 pods", null, null, null),
				view(2L, "7 pods", link("b", "beta"), null, null), view(3L, "9 pods", link("a", "Alpha"), null, null)));

		figures.sort(new FigureQuery(null, null, null, null, "company", "asc").order());
		assertThat(figures).extracting(FigureView::id).containsExactly(3L, 2L, 1L);
		figures.sort(new FigureQuery(null, null, null, null, "company", "desc").order());
		assertThat(figures).extracting(FigureView::id).containsExactly(2L, 3L, 1L);
	}

	@Test
	void ordersByValueThenByUnit() {
		List<FigureView> figures = new ArrayList<>(List.of(view(1L, "5 pods", null, null, null),
				view(2L, "5 nodes", null, null, null), view(3L, "50 cores", null, null, null)));

		figures.sort(new FigureQuery(null, null, null, null, "value", "asc").order());

		assertThat(figures).extracting(FigureView::id).containsExactly(2L, 1L, 3L);
	}

}
