package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;

import io.talknotes.TestMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.talknotes.figure.shorthand.Period.NONE;
import static io.talknotes.figure.shorthand.Period.PER_CLUSTER;
import static io.talknotes.figure.shorthand.Period.PER_DAY;
import static io.talknotes.figure.shorthand.Period.PER_MONTH;
import static io.talknotes.figure.shorthand.Qualifier.ABOUT;
import static io.talknotes.figure.shorthand.Qualifier.AT_LEAST;
import static io.talknotes.figure.shorthand.Qualifier.EXACTLY;
import static io.talknotes.figure.shorthand.Qualifier.UP_TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests for {@link FigureParser}.
 */
class FigureParserTests {

	private final FigureParser parser = new FigureParser();

	static Stream<Arguments> seedExamples() {
		return Stream.of(arguments("35M QPS", "35000000", FigureUnit.QUERIES_PER_SECOND, EXACTLY, NONE),
				arguments("100k+ containers", "100000", FigureUnit.CONTAINERS, AT_LEAST, NONE),
				arguments("10K+ pods", "10000", FigureUnit.PODS, AT_LEAST, NONE),
				arguments("30k pods", "30000", FigureUnit.PODS, EXACTLY, NONE),
				arguments("~2300 nodes/cluster", "2300", FigureUnit.NODES, ABOUT, PER_CLUSTER),
				arguments("210 million daily active users", "210000000", FigureUnit.DAILY_ACTIVE_USERS, EXACTLY, NONE),
				arguments("500M+ monthly active users", "500000000", FigureUnit.MONTHLY_ACTIVE_USERS, AT_LEAST, NONE),
				arguments("1M downloads/month", "1000000", FigureUnit.DOWNLOADS, EXACTLY, PER_MONTH),
				arguments("16M+ posts", "16000000", FigureUnit.POSTS, AT_LEAST, NONE),
				arguments("16M+ posts per month", "16000000", FigureUnit.POSTS, AT_LEAST, PER_MONTH),
				arguments("2.8B+ votes per month", "2800000000", FigureUnit.VOTES, AT_LEAST, PER_MONTH),
				arguments("99.999%", "99.999", FigureUnit.AVAILABILITY, EXACTLY, NONE),
				arguments("5 9s", "99.999", FigureUnit.AVAILABILITY, EXACTLY, NONE),
				arguments("3 9s", "99.9", FigureUnit.AVAILABILITY, EXACTLY, NONE),
				arguments("150B+ Arm-based chips shipped", "150000000000", FigureUnit.CHIPS, AT_LEAST, NONE),
				arguments("600 contributors", "600", FigureUnit.CONTRIBUTORS, EXACTLY, NONE),
				arguments("29 maintainers", "29", FigureUnit.MAINTAINERS, EXACTLY, NONE),
				arguments("15 companies", "15", FigureUnit.COMPANIES, EXACTLY, NONE),
				arguments("600k lenses created", "600000", FigureUnit.LENSES, EXACTLY, NONE),
				arguments("100+ stateless microservices", "100", FigureUnit.SERVICES, AT_LEAST, NONE),
				arguments("5k+ pods", "5000", FigureUnit.PODS, AT_LEAST, NONE),
				arguments("10k+ cores", "10000", FigureUnit.CORES, AT_LEAST, NONE),
				arguments("50k+ cores", "50000", FigureUnit.CORES, AT_LEAST, NONE),
				arguments("up to 5000 nodes", "5000", FigureUnit.NODES, UP_TO, NONE),
				arguments("5000 node k8s clusters", "5000", FigureUnit.NODES, EXACTLY, PER_CLUSTER),
				arguments("10000 node cluster", "10000", FigureUnit.NODES, EXACTLY, PER_CLUSTER),
				arguments("1,500 nodes", "1500", FigureUnit.NODES, EXACTLY, NONE),
				arguments("35% of Slack", "35", FigureUnit.PERCENT, EXACTLY, NONE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seedExamples")
	void parsesSeedExample(String text, String value, FigureUnit unit, Qualifier qualifier, Period period) {
		ParsedFigure figure = this.parser.parse(text);
		assertThat(figure.value()).isEqualByComparingTo(value);
		assertThat(figure.unit()).isEqualTo(unit);
		assertThat(figure.unit().isKnown()).isTrue();
		assertThat(figure.qualifier()).isEqualTo(qualifier);
		assertThat(figure.period()).isEqualTo(period);
		assertThat(figure.text()).isEqualTo(text);
	}

	/**
	 * Figures as speakers quoted them in talks, with the value, kind, qualifier, period
	 * and percentile read, and the value in its kind's base unit that charts compare:
	 * bytes, seconds or the thing counted, per second where the figure is per time.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					3 PB/month                     | 3       | DATA       | 1140794586.245211514724    | bytes per second      | EXACTLY  | PER_MONTH  | -
					80 TB per day                  | 80      | DATA       | 925925925.9259259259       | bytes per second      | EXACTLY  | PER_DAY    | -
					2 PB of logs per day           | 2       | DATA       | 23148148148.14814814815    | bytes per second      | EXACTLY  | PER_DAY    | -
					1.5 EB                         | 1.5     | DATA       | 1500000000000000000        | bytes                 | EXACTLY  | NONE       | -
					1 TiB                          | 1       | DATA       | 1099511627776              | bytes                 | EXACTLY  | NONE       | -
					512 KiB                        | 512     | DATA       | 524288                     | bytes                 | EXACTLY  | NONE       | -
					4 KB                           | 4       | DATA       | 4000                       | bytes                 | EXACTLY  | NONE       | -
					512 B                          | 512     | DATA       | 512                        | bytes                 | EXACTLY  | NONE       | -
					50 GB/s                        | 50      | DATA       | 50000000000                | bytes per second      | EXACTLY  | PER_SECOND | -
					400 Gbps                       | 400     | BANDWIDTH  | 50000000000                | bytes per second      | EXACTLY  | NONE       | -
					over 100 Tbps                  | 100     | BANDWIDTH  | 12500000000000             | bytes per second      | AT_LEAST | NONE       | -
					10 Gbit/s                      | 10      | BANDWIDTH  | 1250000000                 | bytes per second      | EXACTLY  | NONE       | -
					100 Mbps                       | 100     | BANDWIDTH  | 12500000                   | bytes per second      | EXACTLY  | NONE       | -
					p99 < 250µs                    | 250     | DURATION   | 0.00025                    | seconds               | UNDER    | NONE       | 99
					250 µs p99                     | 250     | DURATION   | 0.00025                    | seconds               | EXACTLY  | NONE       | 99
					p99.9 latency of 250 µs        | 250     | DURATION   | 0.00025                    | seconds               | EXACTLY  | NONE       | 99.9
					p50 of 3 ms                    | 3       | DURATION   | 0.003                      | seconds               | EXACTLY  | NONE       | 50
					99th percentile under 100 ms   | 100     | DURATION   | 0.1                        | seconds               | UNDER    | NONE       | 99
					sub-millisecond p99            | 1       | DURATION   | 0.001                      | seconds               | UNDER    | NONE       | 99
					0.4 ms                         | 0.4     | DURATION   | 0.0004                     | seconds               | EXACTLY  | NONE       | -
					30 ns                          | 30      | DURATION   | 0.00000003                 | seconds               | EXACTLY  | NONE       | -
					sub-second deploys             | 1       | DURATION   | 1                          | seconds               | UNDER    | NONE       | -
					under a minute                 | 1       | DURATION   | 60                         | seconds               | UNDER    | NONE       | -
					under 2 min                    | 2       | DURATION   | 120                        | seconds               | UNDER    | NONE       | -
					≤ 5 ms                         | 5       | DURATION   | 0.005                      | seconds               | UP_TO    | NONE       | -
					at most 30 days                | 30      | DURATION   | 2592000                    | seconds               | UP_TO    | NONE       | -
					12 hours                       | 12      | DURATION   | 43200                      | seconds               | EXACTLY  | NONE       | -
					90 seconds                     | 90      | DURATION   | 90                         | seconds               | EXACTLY  | NONE       | -
					2 weeks                        | 2       | DURATION   | 1209600                    | seconds               | EXACTLY  | NONE       | -
					6 months                       | 6       | DURATION   | 15778476                   | seconds               | EXACTLY  | NONE       | -
					5 years                        | 5       | DURATION   | 157784760                  | seconds               | EXACTLY  | NONE       | -
					2 million requests per minute  | 2000000 | COUNT      | 33333.33333333333333       | requests per second   | EXACTLY  | PER_MINUTE | -
					5 requests a second            | 5       | RATE       | 5                          | requests per second   | EXACTLY  | NONE       | -
					35M QPS                        | 35000000 | RATE      | 35000000                   | queries per second    | EXACTLY  | NONE       | -
					500k events per hour           | 500000  | COUNT      | 138.8888888888888889       | events per second     | EXACTLY  | PER_HOUR   | -
					3 deploys per week             | 3       | COUNT      | 0.000004960317460317460317 | deployments per second | EXACTLY | PER_WEEK   | -
					1M messages/day                | 1000000 | COUNT      | 11.57407407407407407       | messages per second   | EXACTLY  | PER_DAY    | -
					fewer than 10 incidents a year | 10      | COUNT      | 0.0000003168873850681143   | incidents per second  | UNDER    | PER_YEAR   | -
					2.8B+ votes per month          | 2800000000 | COUNT   | 1064.741613828864080       | votes per second      | AT_LEAST | PER_MONTH  | -
					more than 5,000 engineers      | 5000    | COUNT      | 5000                       | engineers             | AT_LEAST | NONE       | -
					> 1 billion users              | 1000000000 | COUNT   | 1000000000                 | users                 | AT_LEAST | NONE       | -
					a dozen clusters               | 12      | COUNT      | 12                         | clusters              | EXACTLY  | NONE       | -
					half a dozen teams             | 6       | COUNT      | 6                          | teams                 | EXACTLY  | NONE       | -
					twelve regions                 | 12      | COUNT      | 12                         | regions               | EXACTLY  | NONE       | -
					twenty-five nodes              | 25      | COUNT      | 25                         | nodes                 | EXACTLY  | NONE       | -
					one hundred and twenty pods    | 120     | COUNT      | 120                        | pods                  | EXACTLY  | NONE       | -
					a million users                | 1000000 | COUNT      | 1000000                    | users                 | EXACTLY  | NONE       | -
					hundreds of microservices      | 100     | COUNT      | 100                        | services              | AT_LEAST | NONE       | -
					thousands of nodes             | 1000    | COUNT      | 1000                       | nodes                 | AT_LEAST | NONE       | -
					tens of thousands of pods      | 10000   | COUNT      | 10000                      | pods                  | AT_LEAST | NONE       | -
					five nines                     | 99.999  | PERCENTAGE | 99.999                     | availability          | EXACTLY  | NONE       | -
					three nines                    | 99.9    | PERCENTAGE | 99.9                       | availability          | EXACTLY  | NONE       | -
					≥ 99.95% uptime                | 99.95   | PERCENTAGE | 99.95                      | availability          | AT_LEAST | NONE       | -
					less than 1%                   | 1       | PERCENTAGE | 1                          | percent               | UNDER    | NONE       | -
					10x faster builds              | 10      | MULTIPLIER | 10                         | times                 | EXACTLY  | NONE       | -
					10× more throughput            | 10      | MULTIPLIER | 10                         | times                 | EXACTLY  | NONE       | -
					5 times faster                 | 5       | MULTIPLIER | 5                          | times                 | EXACTLY  | NONE       | -
					200 Gbps per cluster           | 200     | BANDWIDTH  | 25000000000                | bytes per second per cluster | EXACTLY | PER_CLUSTER | -
					""")
	void readsFiguresQuotedInTalks(String text, String value, UnitKind kind, String base, String comparesAs,
			Qualifier qualifier, Period period, String percentile) {
		ParsedFigure figure = this.parser.parse(text);

		assertThat(figure.value()).isEqualByComparingTo(value);
		assertThat(figure.unit().isKnown()).isTrue();
		assertThat(figure.unit().kind()).isEqualTo(kind);
		assertThat(figure.measure().amount()).isCloseTo(new BigDecimal(base), withinPercentage(1e-12));
		assertThat(figure.measure().key()).isEqualTo(comparesAs);
		assertThat(figure.qualifier()).isEqualTo(qualifier);
		assertThat(figure.period()).isEqualTo(period);
		assertThat(figure.percentile()).isEqualTo((percentile != null) ? new BigDecimal(percentile) : null);
	}

	@Test
	void relatedUnitsCompareInTheirBaseUnit() {
		assertThat(this.parser.parse("3 PB per month").measure().key())
			.isEqualTo(this.parser.parse("80 TB/day").measure().key());
		assertThat(this.parser.parse("0.4 ms").measure().amount())
			.isGreaterThan(this.parser.parse("250 µs").measure().amount());
		assertThat(this.parser.parse("3 PB per month").measure().amount())
			.isGreaterThan(this.parser.parse("80 TB/day").measure().amount());
		assertThat(this.parser.parse("1 GiB").measure().amount())
			.isGreaterThan(this.parser.parse("1 GB").measure().amount());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			150B+ Arm-based chips shipped | 150000000000 | chips
			5B snaps/day                  | 5000000000   | snaps
			512 B                         | 512          | bytes
			100 B/s                       | 100          | bytes
			""")
	void readsALoneBAsBytesOnlyWhenNothingElseFollows(String text, String value, String unit) {
		ParsedFigure figure = this.parser.parse(text);

		assertThat(figure.value()).isEqualByComparingTo(value);
		assertThat(figure.unit().name()).isEqualTo(unit);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			p99 latency < 250µs        | latency
			p99.9 latency of 250 µs    | latency
			250 µs p99 for writes      | for writes
			p95: 3 ms                  | ''
			""")
	void keepsWordsAroundAPercentileAsTheRemark(String text, String remark) {
		ParsedFigure figure = this.parser.parse(text);

		assertThat(figure.remark()).isEqualTo(remark);
		assertThat(figure.percentileName()).startsWith("p9");
	}

	@Test
	void qpsIsARateWithoutPeriod() {
		ParsedFigure figure = this.parser.parse("35M QPS");
		assertThat(figure.unit().name()).isEqualTo("queries per second");
		assertThat(figure.unit().shortForm()).isEqualTo("QPS");
		assertThat(figure.unit().kind()).isEqualTo(UnitKind.RATE);
		assertThat(figure.period()).isEqualTo(NONE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			4k keyspaces             | 4000       | keyspaces | NONE
			3.5 billion snaps/day    | 3500000000 | snaps     | PER_DAY
			3.5 billions snaps/day   | 3500000000 | snaps     | PER_DAY
			12 Edge Locations        | 12         | Edge Locations | NONE
			1M lines of code per year | 1000000   | lines of code | PER_YEAR
			""")
	void keepsUnknownUnitAsWrittenAndFlagsIt(String text, String value, String unit, Period period) {
		ParsedFigure figure = this.parser.parse(text);
		assertThat(figure.value()).isEqualByComparingTo(value);
		assertThat(figure.unit().isKnown()).isFalse();
		assertThat(figure.unit().name()).isEqualTo(unit);
		assertThat(figure.unit()).isEqualTo(FigureUnit.unknown(unit));
		assertThat(figure.period()).isEqualTo(period);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			150B+ Arm-based chips shipped | chips    | Arm-based | shipped  | NONE
			100+ stateless microservices  | services | stateless | ''       | NONE
			600k lenses created           | lenses   | ''        | created  | NONE
			35% of Slack                  | percent  | ''        | of Slack | NONE
			5000 node k8s clusters        | nodes    | k8s       | ''       | PER_CLUSTER
			500 pods across 3 regions     | pods     | ''        | across 3 regions | NONE
			""")
	void keepsWordsAroundTheUnit(String text, String unit, String modifier, String remark, Period period) {
		ParsedFigure figure = this.parser.parse(text);
		assertThat(figure.unit()).isEqualTo(FigureUnit.lookup(unit).orElseThrow());
		assertThat(figure.modifier()).isEqualTo(modifier);
		assertThat(figure.remark()).isEqualTo(remark);
		assertThat(figure.period()).isEqualTo(period);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			5k pods              | EXACTLY
			5k+ pods             | AT_LEAST
			5k + pods            | AT_LEAST
			at least 5k pods     | AT_LEAST
			At least 5k+ pods    | AT_LEAST
			>= 5k pods           | AT_LEAST
			>=5k pods            | AT_LEAST
			≥ 5k pods            | AT_LEAST
			more than 5k pods    | AT_LEAST
			over 5k pods         | AT_LEAST
			~5k pods             | ABOUT
			~ 5k pods            | ABOUT
			about 5k pods        | ABOUT
			About 5k pods        | ABOUT
			around 5k pods       | ABOUT
			approx. 5k pods      | ABOUT
			approx 5k pods       | ABOUT
			approximately 5k pods | ABOUT
			roughly 5k pods      | ABOUT
			up to 5k pods        | UP_TO
			Up to 5k pods        | UP_TO
			<= 5k pods           | UP_TO
			<=5k pods            | UP_TO
			""")
	void readsQualifier(String text, Qualifier qualifier) {
		ParsedFigure figure = this.parser.parse(text);
		assertThat(figure.qualifier()).isEqualTo(qualifier);
		assertThat(figure.value()).isEqualByComparingTo("5000");
		assertThat(figure.unit()).isEqualTo(FigureUnit.PODS);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			5 posts               | NONE
			5 posts/s             | PER_SECOND
			5 posts/sec           | PER_SECOND
			5 posts per second    | PER_SECOND
			5 posts a second      | PER_SECOND
			5 posts/day           | PER_DAY
			5 posts per day       | PER_DAY
			5 posts Per Day       | PER_DAY
			5 posts a day         | PER_DAY
			5 posts daily         | PER_DAY
			5 daily posts         | PER_DAY
			5 posts/month         | PER_MONTH
			5 posts per month     | PER_MONTH
			5 posts monthly       | PER_MONTH
			5 monthly posts       | PER_MONTH
			5 posts/year          | PER_YEAR
			5 posts per year      | PER_YEAR
			5 posts yearly        | PER_YEAR
			5 posts annually      | PER_YEAR
			5 posts/cluster       | PER_CLUSTER
			5 posts per cluster   | PER_CLUSTER
			""")
	void readsPeriod(String text, Period period) {
		ParsedFigure figure = this.parser.parse(text);
		assertThat(figure.period()).isEqualTo(period);
		assertThat(figure.unit()).isEqualTo(FigureUnit.POSTS);
		assertThat(figure.remark()).isEmpty();
	}

	@Test
	void dailyInDailyActiveUsersIsPartOfTheUnit() {
		ParsedFigure figure = this.parser.parse("210M daily active users");
		assertThat(figure.unit()).isEqualTo(FigureUnit.DAILY_ACTIVE_USERS);
		assertThat(figure.period()).isEqualTo(NONE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2k users        | 2000
			2K users        | 2000
			2 k users       | 2000
			2 thousand users | 2000
			2 Thousand users | 2000
			2M users        | 2000000
			2m users        | 2000000
			2 M users       | 2000000
			2mn users       | 2000000
			2 million users | 2000000
			2 millions users | 2000000
			2B users        | 2000000000
			2b users        | 2000000000
			2bn users       | 2000000000
			2 billion users | 2000000000
			2 Billions users | 2000000000
			2T users        | 2000000000000
			2tn users       | 2000000000000
			2 trillion users | 2000000000000
			1.5k users      | 1500
			.5M users       | 500000
			1,234,567 users | 1234567
			1,234.5 users   | 1234.5
			2 users         | 2
			""")
	void readsMagnitude(String text, String value) {
		ParsedFigure figure = this.parser.parse(text);
		assertThat(figure.value()).isEqualByComparingTo(value);
		assertThat(figure.unit()).isEqualTo(FigureUnit.USERS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "5 maintainers", "5 M-series chips", "5 Tesla users", "5 k8s clusters" })
	void doesNotMistakeWordsForMagnitudes(String text) {
		assertThat(this.parser.parse(text).value()).isEqualByComparingTo("5");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			QPS                    | QUERIES_PER_SECOND
			qps                    | QUERIES_PER_SECOND
			queries per second     | QUERIES_PER_SECOND
			queries/s              | QUERIES_PER_SECOND
			RPS                    | REQUESTS_PER_SECOND
			requests per second    | REQUESTS_PER_SECOND
			DAU                    | DAILY_ACTIVE_USERS
			Daily Active Users     | DAILY_ACTIVE_USERS
			MAU                    | MONTHLY_ACTIVE_USERS
			microservices          | SERVICES
			services               | SERVICES
			CPU cores              | CORES
			Pods                   | PODS
			""")
	void readsUnitSynonyms(String words, String constant) throws ReflectiveOperationException {
		FigureUnit expected = (FigureUnit) FigureUnit.class.getField(constant).get(null);
		assertThat(this.parser.parse("7 " + words).unit()).isEqualTo(expected);
		assertThat(FigureUnit.lookup(words)).contains(expected);
	}

	@Test
	void readsEveryCatalogueNameAsItsUnit() {
		for (FigureUnit unit : FigureUnit.catalogue()) {
			assertThat(unit.synonyms()).contains(unit.name(), unit.singularName(), unit.shortForm());
			for (String synonym : unit.synonyms()) {
				assertThat(this.parser.parse("7 " + synonym).unit()).as(synonym).isEqualTo(unit);
				assertThat(FigureUnit.lookup(synonym.toUpperCase(Locale.ROOT))).as(synonym).contains(unit);
			}
		}
	}

	@Test
	void readsSingularUnit() {
		assertThat(this.parser.parse("1 pod").unit()).isEqualTo(FigureUnit.PODS);
		assertThat(this.parser.parse("1 query per second").unit()).isEqualTo(FigureUnit.QUERIES_PER_SECOND);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			99.999%               | 99.999  | availability | ''
			99.9%                 | 99.9    | availability | ''
			99.95% uptime         | 99.95   | availability | ''
			42.5% availability    | 42.5    | availability | ''
			35%                   | 35      | percent      | ''
			99%                   | 99      | percent      | ''
			99.9% of requests     | 99.9    | percent      | of requests
			99.9 percent          | 99.9    | percent      | ''
			1 9s                  | 90      | availability | ''
			2 9s                  | 99      | availability | ''
			5 nines               | 99.999  | availability | ''
			4 9's                 | 99.99   | availability | ''
			""")
	void readsPercentages(String text, String value, String unit, String remark) {
		ParsedFigure figure = this.parser.parse(text);
		assertThat(figure.value()).isEqualByComparingTo(value);
		assertThat(figure.unit()).isEqualTo(FigureUnit.lookup(unit).orElseThrow());
		assertThat(figure.unit().kind()).isEqualTo(UnitKind.PERCENTAGE);
		assertThat(figure.remark()).isEqualTo(remark);
	}

	@Test
	void readsQualifiedPercentages() {
		assertThat(this.parser.parse("99.9%+ uptime").qualifier()).isEqualTo(AT_LEAST);
		assertThat(this.parser.parse("99.9+% uptime").qualifier()).isEqualTo(AT_LEAST);
		assertThat(this.parser.parse("~35% of Slack").qualifier()).isEqualTo(ABOUT);
	}

	@Test
	void ignoresSentenceFullStopAndExtraSpaces() {
		ParsedFigure figure = this.parser.parse("  ~2300   nodes  per  cluster. ");
		assertThat(figure.value()).isEqualByComparingTo("2300");
		assertThat(figure.unit()).isEqualTo(FigureUnit.NODES);
		assertThat(figure.period()).isEqualTo(PER_CLUSTER);
		assertThat(figure.text()).isEqualTo("~2300   nodes  per  cluster.");
	}

	@Test
	void normalizesValueScale() {
		assertThat(this.parser.parse("35M QPS").value()).isEqualTo(new BigDecimal("35000000"));
		assertThat(this.parser.parse("2.50k pods").value()).isEqualTo(new BigDecimal("2500"));
		assertThat(this.parser.parse("0.50 pods").value()).isEqualTo(new BigDecimal("0.5"));
	}

	static Stream<Arguments> invalidFigures() {
		return Stream.of(
				arguments("lots of pods",
						"No number found in \"lots of pods\". Start with a figure, " + "for example \"35M QPS\"."),
				arguments("QPS 35M", "Put the number first, for example \"35M QPS\"."),
				arguments("three /day nines",
						"Talknotes would store this as \"3 nines/day\", which reads as another figure. Write the number, "
								+ "then what is counted, then the period, for example \"35M requests/week\"."),
				arguments("-5 pods", "Negative numbers are not allowed: a count starts at 0."),
				arguments("about -5 pods", "Negative numbers are not allowed: a count starts at 0."),
				arguments("5 pods/fortnight",
						"Unknown period \"/fortnight\". Use /s, /day, /month, /year or /cluster."),
				arguments("110 pods per node", "Unknown period \"per node\". Use /s, /day, /month, /year or /cluster."),
				arguments("1,5 pods",
						"Cannot read the number \"1,5\". Write it like 1500, 1,500 or 1.5k, "
								+ "with commas only between groups of three digits."),
				arguments("1.2.3 pods",
						"Cannot read the number \"1.2.3\". Write it like 1500, 1,500 or 1.5k, "
								+ "with commas only between groups of three digits."),
				arguments("5 pods/day per month", "Use one period only; found \"/day\" and \"per month\"."),
				arguments("35M QPS/day", "\"QPS\" is already per second, so it cannot also be per day."),
				arguments("~5k+ pods",
						"\"+\" means \"at least\" and contradicts the word or sign before the number; keep one of them."),
				arguments("0 9s", "Write the number of nines as a whole number from 1 to 9, for example \"5 9s\"."),
				arguments("10 9s", "Write the number of nines as a whole number from 1 to 9, for example \"5 9s\"."),
				arguments("101% uptime", "Availability cannot be more than 100%."),
				arguments("5k%", "A percentage cannot use k, M or B; write it as a plain number."),
				arguments("42", "Say what is counted after the number, for example \"42 nodes\" or \"35M QPS\"."),
				arguments("42/day", "Say what is counted after the number, for example \"42 nodes\" or \"35M QPS\"."),
				arguments("1.1234567 pods", "Use at most 6 decimal places."),
				arguments("1000000T pods", "That number is too large; keep it below a quintillion (10^18)."),
				arguments("400 Gbps per month", "\"Gbps\" is already per second, so it cannot also be per month."),
				arguments("about hundreds of pods",
						"Words such as \"hundreds of\" already mean \"at least\"; leave out the word or sign before them."),
				arguments("p99 of 12 pods",
						"A percentile such as p99 goes with a duration, data size or bandwidth, for example \"p99 under 250 µs\"."),
				arguments("p101 under 5 ms",
						"Write a percentile from p0 to p100 with at most 4 decimal places, for example \"p99\" or \"p99.9\"."),
				arguments("p99 250 µs p95", "Use one percentile only, for example \"p99 under 250 µs\"."),
				arguments("p99 latency",
						"No number found in \"p99 latency\". Start with a figure, for example \"35M QPS\"."),
				arguments("a second",
						"No number found in \"a second\". Start with a figure, for example \"35M QPS\"."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidFigures")
	void explainsWhatIsWrong(String text, String message) {
		assertThatExceptionOfType(FigureParseException.class).isThrownBy(() -> this.parser.parse(text))
			.satisfies((ex) -> assertThat(shown(ex)).isEqualTo(message))
			.satisfies((ex) -> assertThat(ex.getText()).isNotNull());
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t" })
	void rejectsEmptyText(String text) {
		assertThatExceptionOfType(FigureParseException.class).isThrownBy(() -> this.parser.parse(text))
			.satisfies((ex) -> assertThat(shown(ex)).isEqualTo("Enter a figure, for example \"35M QPS\"."));
	}

	@Test
	void rejectsTextOver200Characters() {
		String text = "5 pods " + "x".repeat(194);
		assertThat(text).hasSize(201);
		assertThatExceptionOfType(FigureParseException.class).isThrownBy(() -> this.parser.parse(text))
			.satisfies((ex) -> assertThat(shown(ex))
				.isEqualTo("Keep the figure to 200 characters or fewer; this one has 201."));
		assertThat(this.parser.parse(text.substring(0, 200)).unit()).isEqualTo(FigureUnit.PODS);
	}

	@Test
	void aUnitWrittenAfterItsPeriodIsStillThatUnit() {
		ParsedFigure figure = this.parser.parse("a dozen /day %");

		assertThat(figure.unit()).isEqualTo(FigureUnit.lookup("%").orElseThrow());
		assertThat(this.parser.parse(figure.shortForm()).measure()).isEqualTo(figure.measure());
	}

	@Test
	void dotsAtTheEndAreTheEndOfASentence() {
		ParsedFigure figure = this.parser.parse("a dozen p99 . .");

		assertThat(figure.value()).isEqualByComparingTo("12");
		assertThat(figure.unit()).isEqualTo(FigureUnit.unknown("p99"));
		assertThat(this.parser.parse("35M QPS...").unit()).isEqualTo(this.parser.parse("35M QPS").unit());
	}

	/** What the form shows for the problem. */
	private static String shown(FigureParseException ex) {
		return TestMessages.text(ex.getMessageKey(), ex.getArguments());
	}

}
