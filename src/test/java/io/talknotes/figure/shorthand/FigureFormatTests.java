package io.talknotes.figure.shorthand;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ParsedFigure#shortForm()} and {@link ParsedFigure#fullForm()}.
 */
class FigureFormatTests {

	private final FigureParser parser = new FigureParser();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					35M QPS                        | 35M QPS                       | 35,000,000 queries per second
					100k+ containers               | 100k+ containers              | at least 100,000 containers
					10K+ pods                      | 10k+ pods                     | at least 10,000 pods
					30k pods                       | 30k pods                      | 30,000 pods
					4k keyspaces                   | 4000 keyspaces                | 4,000 keyspaces
					~2300 nodes/cluster            | ~2300 nodes/cluster           | about 2,300 nodes per cluster
					3.5 billion snaps/day          | 3.5B snaps/day                | 3,500,000,000 snaps per day
					3.5 billions snaps/day         | 3.5B snaps/day                | 3,500,000,000 snaps per day
					210 million daily active users | 210M DAU                      | 210,000,000 daily active users
					500M+ monthly active users     | 500M+ MAU                     | at least 500,000,000 monthly active users
					1M downloads/month             | 1M downloads/month            | 1,000,000 downloads per month
					16M+ posts                     | 16M+ posts                    | at least 16,000,000 posts
					16M+ posts per month           | 16M+ posts/month              | at least 16,000,000 posts per month
					2.8B+ votes per month          | 2.8B+ votes/month             | at least 2,800,000,000 votes per month
					99.999%                        | 99.999% availability          | 99.999% availability
					5 9s                           | 99.999% availability          | 99.999% availability
					3 9s                           | 99.9% availability            | 99.9% availability
					150B+ Arm-based chips shipped  | 150B+ Arm-based chips shipped | at least 150,000,000,000 Arm-based chips shipped
					600 contributors               | 600 contributors              | 600 contributors
					29 maintainers                 | 29 maintainers                | 29 maintainers
					15 companies                   | 15 companies                  | 15 companies
					600k lenses created            | 600k lenses created           | 600,000 lenses created
					100+ stateless microservices   | 100+ stateless services       | at least 100 stateless services
					5k+ pods                       | 5000+ pods                    | at least 5,000 pods
					10k+ cores                     | 10k+ cores                    | at least 10,000 cores
					50k+ cores                     | 50k+ cores                    | at least 50,000 cores
					up to 5000 nodes               | up to 5000 nodes              | up to 5,000 nodes
					5000 node k8s clusters         | 5000 k8s nodes/cluster        | 5,000 k8s nodes per cluster
					10000 node cluster             | 10k nodes/cluster             | 10,000 nodes per cluster
					1,500 nodes                    | 1500 nodes                    | 1,500 nodes
					35% of Slack                   | 35% of Slack                  | 35% of Slack
					""")
	void formatsSeedExample(String text, String shortForm, String fullForm) {
		ParsedFigure figure = this.parser.parse(text);
		assertThat(figure.shortForm()).isEqualTo(shortForm);
		assertThat(figure.fullForm()).isEqualTo(fullForm);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0                | 0
			0.5              | 0.5
			2300             | 2300
			9999             | 9999
			9999.5           | 9999.5
			10000            | 10k
			10500            | 10.5k
			12345            | 12.345k
			12345.6          | 12,345.6
			123456           | 123.456k
			1234567          | 1,234,567
			1234000          | 1.234M
			35000000         | 35M
			2800000000       | 2.8B
			1000000000000    | 1T
			1500000000000000 | 1500T
			""")
	void abbreviatesFromTenThousandWhenAtMostThreeDecimalsAreNeeded(String value, String number) {
		ParsedFigure figure = ParsedFigure.of(new BigDecimal(value), FigureUnit.PODS, Qualifier.EXACTLY, Period.NONE);
		assertThat(figure.shortForm()).isEqualTo(number + " pods");
	}

	@Test
	void usesSingularForOne() {
		assertThat(ParsedFigure.of(BigDecimal.ONE, FigureUnit.NODES, Qualifier.ABOUT, Period.PER_CLUSTER).shortForm())
			.isEqualTo("~1 node/cluster");
		assertThat(ParsedFigure.of(BigDecimal.ONE, FigureUnit.QUERIES_PER_SECOND, Qualifier.EXACTLY, Period.NONE))
			.satisfies((figure) -> assertThat(figure.shortForm()).isEqualTo("1 QPS"))
			.satisfies((figure) -> assertThat(figure.fullForm()).isEqualTo("1 query per second"));
	}

	@Test
	void writesOneInThePluralWhenAClusterFollowsSoThatItIsNotReadAsPerCluster() {
		ParsedFigure figure = this.parser.parse("sub- requests p99 clusters");
		assertThat(figure.shortForm()).isEqualTo("under 1 requests p99 clusters");
		ParsedFigure readBack = this.parser.parse(figure.shortForm());
		assertThat(readBack.unit()).isEqualTo(figure.unit());
		assertThat(readBack.period()).isEqualTo(Period.NONE);
		assertThat(readBack.remark()).isEqualTo("p99 clusters");
	}

	@Test
	void writesQualifiers() {
		BigDecimal value = new BigDecimal("2300");
		assertThat(ParsedFigure.of(value, FigureUnit.NODES, Qualifier.UP_TO, Period.PER_DAY))
			.satisfies((figure) -> assertThat(figure.shortForm()).isEqualTo("up to 2300 nodes/day"))
			.satisfies((figure) -> assertThat(figure.fullForm()).isEqualTo("up to 2,300 nodes per day"));
		assertThat(ParsedFigure.of(new BigDecimal("99.9"), FigureUnit.AVAILABILITY, Qualifier.AT_LEAST, Period.NONE))
			.satisfies((figure) -> assertThat(figure.shortForm()).isEqualTo("99.9%+ availability"))
			.satisfies((figure) -> assertThat(figure.fullForm()).isEqualTo("at least 99.9% availability"));
	}

	@Test
	void writesShareThatLooksLikeAvailabilityInWords() {
		ParsedFigure share = ParsedFigure.of(new BigDecimal("99.9"), FigureUnit.PERCENT, Qualifier.EXACTLY,
				Period.NONE);
		assertThat(share.shortForm()).isEqualTo("99.9 percent");
		assertThat(share.fullForm()).isEqualTo("99.9 percent");
		assertThat(this.parser.parse(share.shortForm()).unit()).isEqualTo(FigureUnit.PERCENT);
	}

	@Test
	void neverAbbreviatesPercentages() {
		ParsedFigure growth = ParsedFigure.of(new BigDecimal("25000"), FigureUnit.PERCENT, Qualifier.EXACTLY,
				Period.PER_YEAR, "", "growth");
		assertThat(growth.shortForm()).isEqualTo("25000% growth/year");
		assertThat(growth.fullForm()).isEqualTo("25,000% growth per year");
	}

	@Test
	void createdFigureUsesShortFormAsText() {
		ParsedFigure figure = ParsedFigure.of(new BigDecimal("35000000"), FigureUnit.QUERIES_PER_SECOND,
				Qualifier.EXACTLY, Period.NONE);
		assertThat(figure.text()).isEqualTo("35M QPS");
	}

	@Test
	void rejectsFiguresThatCouldNotHaveBeenWritten() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ParsedFigure.of(new BigDecimal("-1"), FigureUnit.PODS, Qualifier.EXACTLY, Period.NONE));
		assertThatIllegalArgumentException().isThrownBy(() -> ParsedFigure.of(new BigDecimal("100.1"),
				FigureUnit.AVAILABILITY, Qualifier.EXACTLY, Period.NONE));
		assertThatIllegalArgumentException().isThrownBy(() -> ParsedFigure.of(BigDecimal.TEN,
				FigureUnit.QUERIES_PER_SECOND, Qualifier.EXACTLY, Period.PER_DAY));
		assertThatIllegalArgumentException().isThrownBy(() -> ParsedFigure.of(BigDecimal.TEN,
				FigureUnit.unknown("snaps"), Qualifier.EXACTLY, Period.NONE, "Snapchat", ""));
	}

}
