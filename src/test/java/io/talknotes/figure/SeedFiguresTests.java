package io.talknotes.figure;

import java.math.BigDecimal;
import java.util.List;

import io.talknotes.figure.shorthand.FigureParseException;
import io.talknotes.figure.shorthand.FigureParser;
import io.talknotes.figure.shorthand.ParsedFigure;
import io.talknotes.figure.shorthand.Period;
import io.talknotes.figure.shorthand.Qualifier;

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

	private final FigureParser parser = new FigureParser();

	@Autowired
	private EntityManager em;

	private String read(String text) {
		try {
			ParsedFigure figure = this.parser.parse(text);
			return describe(text, figure.value(), figure.unit().name(), figure.qualifier(), figure.period());
		}
		catch (FigureParseException ex) {
			return text + " -> " + ex.getMessage();
		}
	}

	private static String describe(String text, BigDecimal value, String unit, Qualifier qualifier, Period period) {
		return text + " -> " + value.stripTrailingZeros().toPlainString() + " | " + unit + " | " + qualifier + " | "
				+ period;
	}

	@Test
	void theParserReadsEverySeededTextToTheStoredFigure() {
		List<Figure> seeded = this.em.createQuery("select m from Figure m order by m.id", Figure.class).getResultList();

		List<String> stored = seeded.stream()
			.map((figure) -> describe(figure.getTextAsWritten(), figure.getValue(), figure.getUnit(),
					figure.getQualifier(), figure.getPeriod()))
			.toList();
		List<String> read = seeded.stream().map((figure) -> read(figure.getTextAsWritten())).toList();

		assertThat(read).hasSize(30).containsExactlyElementsOf(stored);
	}

	@Test
	void everySeededFigureIsAboutACompanyOrAProject() {
		List<Figure> orphans = this.em
			.createQuery("select m from Figure m where m.company is null and m.project is null", Figure.class)
			.getResultList();

		assertThat(orphans).isEmpty();
	}

}
