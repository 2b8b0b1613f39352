package io.talknotes.metric.shorthand;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ParsedMetric#shortForm()} and {@link ParsedMetric#fullForm()}.
 */
class MetricFormatTests {

	private final MetricParser parser = new MetricParser();

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
		ParsedMetric metric = this.parser.parse(text);
		assertThat(metric.shortForm()).isEqualTo(shortForm);
		assertThat(metric.fullForm()).isEqualTo(fullForm);
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
		ParsedMetric metric = ParsedMetric.of(new BigDecimal(value), MetricUnit.PODS, Qualifier.EXACTLY, Period.NONE);
		assertThat(metric.shortForm()).isEqualTo(number + " pods");
	}

	@Test
	void usesSingularForOne() {
		assertThat(ParsedMetric.of(BigDecimal.ONE, MetricUnit.NODES, Qualifier.ABOUT, Period.PER_CLUSTER).shortForm())
			.isEqualTo("~1 node/cluster");
		assertThat(ParsedMetric.of(BigDecimal.ONE, MetricUnit.QUERIES_PER_SECOND, Qualifier.EXACTLY, Period.NONE))
			.satisfies((metric) -> assertThat(metric.shortForm()).isEqualTo("1 QPS"))
			.satisfies((metric) -> assertThat(metric.fullForm()).isEqualTo("1 query per second"));
	}

	@Test
	void writesQualifiers() {
		BigDecimal value = new BigDecimal("2300");
		assertThat(ParsedMetric.of(value, MetricUnit.NODES, Qualifier.UP_TO, Period.PER_DAY))
			.satisfies((metric) -> assertThat(metric.shortForm()).isEqualTo("up to 2300 nodes/day"))
			.satisfies((metric) -> assertThat(metric.fullForm()).isEqualTo("up to 2,300 nodes per day"));
		assertThat(ParsedMetric.of(new BigDecimal("99.9"), MetricUnit.AVAILABILITY, Qualifier.AT_LEAST, Period.NONE))
			.satisfies((metric) -> assertThat(metric.shortForm()).isEqualTo("99.9%+ availability"))
			.satisfies((metric) -> assertThat(metric.fullForm()).isEqualTo("at least 99.9% availability"));
	}

	@Test
	void writesShareThatLooksLikeAvailabilityInWords() {
		ParsedMetric share = ParsedMetric.of(new BigDecimal("99.9"), MetricUnit.PERCENT, Qualifier.EXACTLY,
				Period.NONE);
		assertThat(share.shortForm()).isEqualTo("99.9 percent");
		assertThat(share.fullForm()).isEqualTo("99.9 percent");
		assertThat(this.parser.parse(share.shortForm()).unit()).isEqualTo(MetricUnit.PERCENT);
	}

	@Test
	void neverAbbreviatesPercentages() {
		ParsedMetric growth = ParsedMetric.of(new BigDecimal("25000"), MetricUnit.PERCENT, Qualifier.EXACTLY,
				Period.PER_YEAR, "", "growth");
		assertThat(growth.shortForm()).isEqualTo("25000% growth/year");
		assertThat(growth.fullForm()).isEqualTo("25,000% growth per year");
	}

	@Test
	void createdFigureUsesShortFormAsText() {
		ParsedMetric metric = ParsedMetric.of(new BigDecimal("35000000"), MetricUnit.QUERIES_PER_SECOND,
				Qualifier.EXACTLY, Period.NONE);
		assertThat(metric.text()).isEqualTo("35M QPS");
	}

	@Test
	void rejectsFiguresThatCouldNotHaveBeenWritten() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ParsedMetric.of(new BigDecimal("-1"), MetricUnit.PODS, Qualifier.EXACTLY, Period.NONE));
		assertThatIllegalArgumentException().isThrownBy(() -> ParsedMetric.of(new BigDecimal("100.1"),
				MetricUnit.AVAILABILITY, Qualifier.EXACTLY, Period.NONE));
		assertThatIllegalArgumentException().isThrownBy(() -> ParsedMetric.of(BigDecimal.TEN,
				MetricUnit.QUERIES_PER_SECOND, Qualifier.EXACTLY, Period.PER_DAY));
		assertThatIllegalArgumentException().isThrownBy(() -> ParsedMetric.of(BigDecimal.TEN,
				MetricUnit.unknown("snaps"), Qualifier.EXACTLY, Period.NONE, "Snapchat", ""));
	}

}
