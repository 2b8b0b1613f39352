package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link UnitCatalogue}: the built-in units and those taught by catalogue
 * lines.
 */
class UnitCatalogueTests {

	private static final String FILE = "/data/units.txt";

	@Test
	void aTaughtUnitIsReadAsAKnownUnitWithItsKindAndNames() {
		UnitCatalogue catalogue = UnitCatalogue.builtIn()
			.teach(FILE, List.of("# Units our talks quote", "", "keyspaces = count | keyspace",
					"zettabytes = data 1e21 | zettabyte | ZB"));
		FigureParser parser = new FigureParser(catalogue);

		ParsedFigure keyspaces = parser.parse("4k keyspaces");
		ParsedFigure one = parser.parse("1 keyspace");
		ParsedFigure zettabytes = parser.parse("2 ZB per year");

		assertThat(keyspaces.unit().isKnown()).isTrue();
		assertThat(keyspaces.unit().kind()).isEqualTo(UnitKind.COUNT);
		assertThat(one.unit()).isEqualTo(keyspaces.unit());
		assertThat(zettabytes.unit().name()).isEqualTo("zettabytes");
		assertThat(zettabytes.measure().key()).isEqualTo(parser.parse("3 PB/month").measure().key());
		assertThat(zettabytes.shortForm()).isEqualTo("2 ZB/year");
		assertThat(catalogue.resolve("keyspaces").isKnown()).isTrue();
	}

	@Test
	void theBuiltInCatalogueDoesNotKnowWhatOnlyTheTaughtOneKnows() {
		UnitCatalogue.builtIn().teach(FILE, List.of("keyspaces = count"));

		assertThat(new FigureParser().parse("4k keyspaces").unit().isKnown()).isFalse();
		assertThat(UnitCatalogue.builtIn().resolve("keyspaces").isKnown()).isFalse();
	}

	@Test
	void aTaughtCountPerSecondIsTheTaughtRate() {
		UnitCatalogue catalogue = UnitCatalogue.builtIn()
			.teach(FILE, List.of("widgets per second = rate | widget per second | WPS", "widgets = count | widget"));

		ParsedFigure figure = new FigureParser(catalogue).parse("5 widgets/s");

		assertThat(figure.unit().shortForm()).isEqualTo("WPS");
		assertThat(figure.period()).isEqualTo(Period.NONE);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "->",
			textBlock = """
					keyspaces                       -> /data/units.txt, line 1: write name = kind, for example "keyspaces = count"
					keyspaces = things              -> /data/units.txt, line 1: unknown kind "things"; use count, rate, data, bandwidth, duration or multiplier
					share = percentage              -> /data/units.txt, line 1: unknown kind "percentage"; use count, rate, data, bandwidth, duration or multiplier
					zettabytes = data lots          -> /data/units.txt, line 1: cannot read the factor "lots"; write it like 1000, 0.001, 1e12 or 2^40
					keyspaces = count 1000          -> /data/units.txt, line 1: a count takes no factor other than 1
					fortnights = duration 0         -> /data/units.txt, line 1: keep the factor between 1e-30 and 1e30
					terabits = data 1.25e11 | terabit | Tb -> /data/units.txt, line 1: "Tb" already names terabytes (names are matched ignoring case)
					5 nodes = count                 -> /data/units.txt, line 1: "5 nodes" cannot be a name: it may not contain = | , # nor start with a digit or sign
					""")
	void refusesALineItCannotReadNamingTheFileAndLine(String line, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> UnitCatalogue.builtIn().teach(FILE, List.of(line)))
			.withMessage(message);
	}

	@Test
	void namesTheLineNumberCountingCommentsAndBlankLines() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> UnitCatalogue.builtIn().teach(FILE, List.of("# comment", "", "lanes = count", "pods = count")))
			.withMessage("/data/units.txt, line 4: \"pods\" already names pods (names are matched ignoring case)");
	}

	@Test
	void suggestsTheLineThatTeachesAnUnknownUnit() {
		FigureUnit keyspaces = new FigureParser().parse("4k keyspaces").unit();

		assertThat(UnitCatalogue.lineToTeach(keyspaces)).isEqualTo("keyspaces = count");
		assertThat(UnitCatalogue.builtIn()
			.teach(FILE, List.of(UnitCatalogue.lineToTeach(keyspaces)))
			.resolve("keyspaces")
			.isKnown()).isTrue();
		assertThat(UnitCatalogue.lineToTeach(FigureUnit.PODS)).isNull();
		assertThat(UnitCatalogue.lineToTeach(FigureUnit.unknown("a=b"))).isNull();
	}

	@Test
	void everyBuiltInUnitThatConvertsHasAFactorOfItsBaseUnit() {
		assertThat(FigureUnit.lookup("TB").orElseThrow().factor()).isEqualByComparingTo("1e12");
		assertThat(FigureUnit.lookup("TiB").orElseThrow().factor()).isEqualByComparingTo(new BigDecimal(2).pow(40));
		assertThat(FigureUnit.lookup("µs").orElseThrow().factor()).isEqualByComparingTo("0.000001");
		assertThat(FigureUnit.lookup("Gbit/s").orElseThrow().factor()).isEqualByComparingTo("1e9");
		assertThat(FigureUnit.lookup("pods").orElseThrow().factor()).isEqualByComparingTo("1");
	}

}
