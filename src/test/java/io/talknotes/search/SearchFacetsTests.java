package io.talknotes.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter values shown beside results: the most frequent, ties alphabetically. */
class SearchFacetsTests {

	@Test
	void showsTheMostFrequentValuesFirstAndTiesAlphabetically() {
		Map<String, Long> counts = Map.of("Lyft", 3L, "Airbnb", 7L, "Reddit", 3L, "Google", 1L, "Apple", 3L);

		assertThat(SearchFacets.mostFrequent(counts, 4)).extracting(Map.Entry::getKey)
			.containsExactly("Airbnb", "Apple", "Lyft", "Reddit");
	}

	@Test
	void picksTheSameValuesAsSortingThemAll() {
		Random random = new Random(1118);
		for (int round = 0; round < 200; round++) {
			Map<String, Long> counts = new HashMap<>();
			for (int i = random.nextInt(300); i > 0; i--) {
				counts.put("value " + random.nextInt(1000), (long) random.nextInt(20));
			}
			List<Map.Entry<String, Long>> sorted = counts.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(SearchFacets.SHOWN)
				.toList();

			assertThat(SearchFacets.mostFrequent(counts, SearchFacets.SHOWN)).isEqualTo(sorted);
		}
	}

}
