package io.talknotes.metric;

import java.math.BigDecimal;
import java.util.List;

import io.talknotes.metric.shorthand.MetricParseException;
import io.talknotes.metric.shorthand.MetricParser;
import io.talknotes.metric.shorthand.ParsedMetric;
import io.talknotes.metric.shorthand.Period;
import io.talknotes.metric.shorthand.Qualifier;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed stores each figure's text together with its value, unit, qualifier and period.
 * The parser must read every text to exactly the stored columns, so that the two can
 * never disagree.
 */
@DataJpaTest
class SeedFiguresTests {

	private final MetricParser parser = new MetricParser();

	@Autowired
	private EntityManager em;

	private String read(String text) {
		try {
			ParsedMetric figure = this.parser.parse(text);
			return describe(text, figure.value(), figure.unit().name(), figure.qualifier(), figure.period());
		}
		catch (MetricParseException ex) {
			return text + " -> " + ex.getMessage();
		}
	}

	private static String describe(String text, BigDecimal value, String unit, Qualifier qualifier, Period period) {
		return text + " -> " + value.stripTrailingZeros().toPlainString() + " | " + unit + " | " + qualifier + " | "
				+ period;
	}

	@Test
	void theParserReadsEverySeededTextToTheStoredFigure() {
		List<ScaleMetric> seeded = this.em.createQuery("select m from ScaleMetric m order by m.id", ScaleMetric.class)
			.getResultList();

		List<String> stored = seeded.stream()
			.map((metric) -> describe(metric.getTextAsWritten(), metric.getValue(), metric.getUnit(),
					metric.getQualifier(), metric.getPeriod()))
			.toList();
		List<String> read = seeded.stream().map((metric) -> read(metric.getTextAsWritten())).toList();

		assertThat(read).hasSize(30).containsExactlyElementsOf(stored);
	}

	@Test
	void everySeededFigureIsAboutACompanyOrAProject() {
		List<ScaleMetric> orphans = this.em
			.createQuery("select m from ScaleMetric m where m.company is null and m.project is null", ScaleMetric.class)
			.getResultList();

		assertThat(orphans).isEmpty();
	}

}
