package io.talknotes.figure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.talknotes.figure.shorthand.FigureParser;
import io.talknotes.figure.shorthand.ParsedFigure;
import io.talknotes.figure.shorthand.UnitCatalogue;
import io.talknotes.figure.shorthand.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue in the data folder, {@code units.txt}, teaches Talknotes units at start.
 */
class UnitsConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(UnitsConfiguration.class);

	@TempDir
	Path dataDir;

	@Test
	void theCatalogueInTheDataFolderTeachesANewUnit() throws IOException {
		Files.writeString(this.dataDir.resolve("units.txt"),
				"\uFEFF# Taught by the admin\nkeyspaces = count | keyspace\nfortnights = duration 1209600 | fortnight\n",
				StandardCharsets.UTF_8);

		this.context.withPropertyValues("talknotes.data-dir=" + this.dataDir).run((context) -> {
			FigureParser parser = new FigureParser(context.getBean(UnitCatalogue.class));
			ParsedFigure keyspaces = parser.parse("4k keyspaces");
			ParsedFigure fortnights = parser.parse("2 fortnights");

			assertThat(keyspaces.unit().isKnown()).isTrue();
			assertThat(keyspaces.unit().kind()).isEqualTo(UnitKind.COUNT);
			assertThat(fortnights.measure().amount()).isEqualByComparingTo("2419200");
			assertThat(fortnights.measure().key()).isEqualTo(parser.parse("4 weeks").measure().key());
		});
	}

	@Test
	void withoutACatalogueInTheDataFolderTheBuiltInUnitsAreKnown() {
		this.context.withPropertyValues("talknotes.data-dir=" + this.dataDir).run((context) -> {
			UnitCatalogue units = context.getBean(UnitCatalogue.class);

			assertThat(units.units()).isEqualTo(UnitCatalogue.builtIn().units());
			assertThat(units.resolve("keyspaces").isKnown()).isFalse();
		});
	}

	@Test
	void aLineThatCannotBeReadStopsTheStartNamingTheFileAndLine() throws IOException {
		Path file = this.dataDir.resolve("units.txt");
		Files.writeString(file, "keyspaces = count\nTB = count\n", StandardCharsets.UTF_8);

		this.context.withPropertyValues("talknotes.data-dir=" + this.dataDir).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessage(file.toAbsolutePath() + ", line 2: \"TB\" already names terabytes"
						+ " (names are matched ignoring case)");
		});
	}

}
