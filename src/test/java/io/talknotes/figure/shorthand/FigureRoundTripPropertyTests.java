package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link ParsedFigure#shortForm()} and {@link ParsedFigure#fullForm()}:
 * whatever is written reads back as the same figure.
 */
class FigureRoundTripPropertyTests {

	private static final BigDecimal TRILLION = BigDecimal.TEN.pow(12);

	private final FigureParser parser = new FigureParser();

	@Property
	void shortFormReadsBack(@ForAll("figures") ParsedFigure figure) {
		assertSameFigure(this.parser.parse(figure.shortForm()), figure);
	}

	@Property
	void fullFormReadsBack(@ForAll("figures") ParsedFigure figure) {
		assertSameFigure(this.parser.parse(figure.fullForm()), figure);
	}

	@Property
	void formsFitTheInputLimit(@ForAll("figures") ParsedFigure figure) {
		assertThat(figure.shortForm()).hasSizeLessThanOrEqualTo(FigureParser.MAX_LENGTH);
		assertThat(figure.fullForm()).hasSizeLessThanOrEqualTo(FigureParser.MAX_LENGTH);
	}

	@Property
	void formsOfTheSameFigureMeasureTheSame(@ForAll("figures") ParsedFigure figure) {
		Measure measure = figure.measure();
		assertThat(this.parser.parse(figure.shortForm()).measure()).isEqualTo(measure);
		assertThat(this.parser.parse(figure.fullForm()).measure()).isEqualTo(measure);
	}

	@Property(tries = 20000)
	void anyTextReadsAsAFigureOrSaysWhyNot(@ForAll("texts") String text) {
		try {
			ParsedFigure figure = this.parser.parse(text);
			assertThat(figure.text()).isEqualTo(text.strip());
			// Its short form, which the edit form shows, reads back as the same figure.
			assertSameFigure(this.parser.parse(figure.shortForm()), figure);
		}
		catch (FigureParseException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	private static void assertSameFigure(ParsedFigure actual, ParsedFigure expected) {
		assertThat(actual.value()).isEqualByComparingTo(expected.value());
		assertThat(actual.unit()).isEqualTo(expected.unit());
		assertThat(actual.qualifier()).isEqualTo(expected.qualifier());
		assertThat(actual.period()).isEqualTo(expected.period());
		assertThat(actual.modifier()).isEqualTo(expected.modifier());
		assertThat(actual.remark()).isEqualTo(expected.remark());
		assertThat(actual.percentile()).isEqualTo(expected.percentile());
	}

	@Provide
	Arbitrary<ParsedFigure> figures() {
		return units().flatMap((unit) -> Combinators
			.combine(values(unit), Arbitraries.of(Qualifier.class), periods(unit), modifiers(unit), remarks(unit),
					percentiles(unit))
			.as((value, qualifier, period, modifier, remark, percentile) -> ParsedFigure.of(value, unit, qualifier,
					period, modifier, remark, percentile.orElse(null))));
	}

	/**
	 * Texts made of the pieces figures are written with, in any order, and of any
	 * characters at all.
	 */
	@Provide
	Arbitrary<String> texts() {
		Arbitrary<String> pieces = Arbitraries.of("p99", "p99.9", "99th percentile", "latency of", "sub-", "under", "<",
				"<=", ">", "~", "at least", "a", "a dozen", "hundreds of", "tens of", "twenty-five", "three", "nines",
				"9s", "5", "1.5", "2,300", "35M", "B", "TB", "GB/s", "Gbps", "µs", "ms", "second", "min", "x", "×",
				"times", "faster", "requests", "per", "minute", "/day", "/month", "a week", "%", "+", "pods", "node",
				"clusters", "keyspaces", "-", ".", ":");
		Arbitrary<String> phrases = pieces.list().ofMinSize(1).ofMaxSize(8).map((list) -> String.join(" ", list));
		Arbitrary<String> glued = pieces.list().ofMinSize(1).ofMaxSize(6).map((list) -> String.join("", list));
		return Arbitraries.oneOf(phrases, glued, Arbitraries.strings().ofMaxLength(40));
	}

	private Arbitrary<FigureUnit> units() {
		Arbitrary<FigureUnit> unknown = Arbitraries.of("snaps", "keyspaces", "Edge Locations", "lines of code")
			.map(FigureUnit::unknown);
		return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(FigureUnit.catalogue())), Tuple.of(1, unknown));
	}

	private Arbitrary<BigDecimal> values(FigureUnit unit) {
		if (unit.kind() == UnitKind.PERCENTAGE) {
			Arbitrary<BigDecimal> nines = Arbitraries.of("90", "99", "99.9", "99.99", "99.999", "99.9999")
				.map(BigDecimal::new);
			return Arbitraries.oneOf(nines,
					Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(3));
		}
		Arbitrary<BigDecimal> integers = Arbitraries.longs()
			.between(0, TRILLION.longValueExact())
			.map(BigDecimal::valueOf);
		Arbitrary<BigDecimal> decimals = Arbitraries.bigDecimals().between(BigDecimal.ZERO, TRILLION).ofScale(3);
		// Figures as quoted: a few digits scaled by thousands, such as 2.8B or 35M
		Arbitrary<BigDecimal> rounded = Combinators
			.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(1000)).ofScale(3),
					Arbitraries.of(0, 3, 6, 9, 12))
			.as((digits, exponent) -> digits.scaleByPowerOfTen(exponent));
		return Arbitraries.oneOf(integers, decimals, rounded);
	}

	private Arbitrary<Optional<BigDecimal>> percentiles(FigureUnit unit) {
		if (!unit.kind().takesPercentile()) {
			return Arbitraries.just(Optional.empty());
		}
		Arbitrary<Optional<BigDecimal>> some = Arbitraries.of("0", "50", "90", "99", "99.9", "99.99", "100")
			.map((percentile) -> Optional.of(new BigDecimal(percentile)));
		return Arbitraries.oneOf(Arbitraries.just(Optional.empty()), some);
	}

	private Arbitrary<Period> periods(FigureUnit unit) {
		if (unit.kind().isPerSecond()) {
			return Arbitraries.of(Period.NONE, Period.PER_CLUSTER);
		}
		return Arbitraries.of(Period.class);
	}

	private Arbitrary<String> modifiers(FigureUnit unit) {
		if (!unit.isKnown() || unit.kind() == UnitKind.PERCENTAGE) {
			return Arbitraries.just("");
		}
		return Arbitraries.of("", "", "stateless", "Arm-based", "production", "T-Mobile", "k8s");
	}

	private Arbitrary<String> remarks(FigureUnit unit) {
		if (!unit.isKnown()) {
			return Arbitraries.just("");
		}
		return Arbitraries.of(List.of("", "", "shipped", "created", "in production", "of Slack"));
	}

}
