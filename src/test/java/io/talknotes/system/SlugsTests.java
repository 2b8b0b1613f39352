package io.talknotes.system;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Slugs}.
 */
class SlugsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "JD.com|jd-com", "Snap Inc.|snap-inc", "Open Policy Agent|open-policy-agent",
			"  Palo Alto   Networks |palo-alto-networks", "Zürich Café|zurich-cafe", "k8s@Scale!|k8s-scale", "日本|''" })
	void makesLowercaseWordsJoinedByHyphens(String name, String slug) {
		assertThat(Slugs.of(name)).isEqualTo(slug);
	}

	@Test
	void keepsSlugsWithinTheColumn() {
		assertThat(Slugs.of("word ".repeat(40))).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
	}

	@Test
	void addsANumberWhenTheSlugIsTaken() {
		Set<String> taken = Set.of("acme", "acme-2");

		assertThat(Slugs.unique("Acme", "company", taken::contains)).isEqualTo("acme-3");
		assertThat(Slugs.unique("Umbrella", "company", taken::contains)).isEqualTo("umbrella");
		assertThat(Slugs.unique("日本", "company", Set.of("company")::contains)).isEqualTo("company-2");
	}

}
