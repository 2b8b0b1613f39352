package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the shorthand people write when noting a figure quoted in a talk, such as "35M
 * QPS", "100k+ containers", "~2300 nodes/cluster", "5 9s", "3 PB/month", "p99 under 250
 * µs", "a dozen clusters" or "10x faster builds".
 * <p>
 * A figure is an optional percentile ("p99"), an optional qualifier ("~", "about", "at
 * least", "up to", "under", "&gt;=", "sub-"), a number with optional thousands separators
 * and magnitude (k, M, B, T or the words) or a number in words ("twelve", "hundreds of"),
 * an optional "+", then the unit with optional words around it and an optional period
 * ("/day", "per month", "daily"). Units come from a {@link UnitCatalogue}. Instances are
 * immutable and thread-safe.
 */
public final class FigureParser {

	/** The longest figure accepted, in characters. */
	public static final int MAX_LENGTH = 200;

	/** The most decimal places a value may have once its magnitude is applied. */
	public static final int MAX_DECIMALS = 6;

	// Values are stored as numeric(24, 6); reject what would not fit rather than round.
	private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	// A bare "99.9%" or "99.999%" is how availability is quoted; "35%" is a share.
	private static final Pattern NINES_VALUE = Pattern.compile("99\\.9+");

	private final UnitMatcher units;

	/**
	 * Creates a parser that knows the built-in units.
	 */
	public FigureParser() {
		this(UnitCatalogue.builtIn());
	}

	/**
	 * Creates a parser that knows the units of a catalogue.
	 * @param catalogue the units figures may be written in
	 */
	public FigureParser(UnitCatalogue catalogue) {
		this.units = Objects.requireNonNull(catalogue, "catalogue").matcher();
	}

	/**
	 * Parses a figure.
	 * @param text the figure as written, e.g. {@code "100k+ containers"}
	 * @return the figure read
	 * @throws FigureParseException if the text cannot be read; its message key says why
	 * in words fit to show next to a form field
	 */
	public ParsedFigure parse(String text) {
		ParsedFigure figure = read(text);
		// The figure is edited in its short form: one that would read back as another
		// figure would change when saved again.
		ParsedFigure readBack;
		try {
			readBack = read(figure.shortForm());
		}
		catch (FigureParseException ex) {
			throw Problems.readsBackDifferently(figure.text(), figure.shortForm());
		}
		if (!readBack.sameFigureAs(figure)) {
			throw Problems.readsBackDifferently(figure.text(), figure.shortForm());
		}
		return figure;
	}

	private ParsedFigure read(String text) {
		String input = checked(text);
		Opening opening = Opening.read(input, this.units);
		if (opening.rest().isEmpty()) {
			throw Problems.noNumber(input);
		}
		Head head = Head.read(input, opening.rest());
		Qualifier qualifier = qualifier(input, opening.qualifier(), head);
		List<String> tokens = Tokens.split(head.rest());
		boolean nines = head.isNines(tokens);
		BigDecimal value = nines ? nines(input, head.number()) : head.value();
		FigureUnit percentage = nines ? FigureUnit.AVAILABILITY : (head.percent() ? FigureUnit.PERCENT : null);
		UnitPhrase phrase = UnitPhrase.parse(input, nines ? tokens.subList(1, tokens.size()) : tokens, percentage,
				this.units);
		FigureUnit unit = unit(phrase, head.percent(), value);
		BigDecimal percentile = percentile(input, opening, phrase, unit);
		check(input, value, unit, phrase.period());
		List<String> remark = new ArrayList<>(opening.words());
		remark.add(phrase.remark());
		return new ParsedFigure(value, unit, qualifier, phrase.period(), phrase.modifier(), Tokens.join(remark).strip(),
				percentile, text.strip());
	}

	private static String checked(String text) {
		if (text == null || text.isBlank()) {
			throw Problems.empty(text);
		}
		String input = text.strip();
		if (input.length() > MAX_LENGTH) {
			throw Problems.tooLong(input, MAX_LENGTH);
		}
		// A note often ends like a sentence: "35M QPS." or "35M QPS ..."
		return input.replaceFirst("[\\s.]+$", "").replaceAll("\\s+", " ");
	}

	private static Qualifier qualifier(String input, Qualifier prefixed, Head head) {
		if (!head.plus() || prefixed == Qualifier.AT_LEAST) {
			return prefixed;
		}
		if (prefixed != Qualifier.EXACTLY) {
			throw Problems.conflictingQualifiers(input);
		}
		return Qualifier.AT_LEAST;
	}

	/**
	 * Turns "5 9s" into 99.999: each nine after the first two adds a decimal place.
	 */
	private static BigDecimal nines(String input, String number) {
		BigDecimal count = new BigDecimal(number.replace(",", ""));
		if (count.stripTrailingZeros().scale() > 0 || count.compareTo(BigDecimal.ONE) < 0
				|| count.compareTo(BigDecimal.valueOf(9)) > 0) {
			throw Problems.badNines(input);
		}
		return HUNDRED.subtract(BigDecimal.ONE.scaleByPowerOfTen(2 - count.intValue()));
	}

	private static FigureUnit unit(UnitPhrase phrase, boolean percentSign, BigDecimal value) {
		boolean bare = phrase.unit().equals(FigureUnit.PERCENT) && phrase.remark().isEmpty();
		if (percentSign && bare && NINES_VALUE.matcher(ParsedFigure.normalize(value).toPlainString()).matches()) {
			return FigureUnit.AVAILABILITY;
		}
		return phrase.unit();
	}

	/**
	 * Returns the one percentile written before the number or after the unit, checking
	 * that it can go with the unit.
	 */
	private static BigDecimal percentile(String input, Opening opening, UnitPhrase phrase, FigureUnit unit) {
		if (opening.percentile() != null && phrase.percentile() != null) {
			throw Problems.twoPercentiles(input);
		}
		BigDecimal percentile = (opening.percentile() != null) ? opening.percentile() : phrase.percentile();
		if (percentile == null) {
			return null;
		}
		if (!unit.kind().takesPercentile()) {
			throw Problems.percentileWithoutMeasure(input);
		}
		if (!Percentile.isValid(percentile)) {
			throw Problems.badPercentile(input);
		}
		return percentile;
	}

	private static void check(String input, BigDecimal value, FigureUnit unit, Period period) {
		if (ParsedFigure.normalize(value).scale() > MAX_DECIMALS) {
			throw Problems.tooPrecise(input, MAX_DECIMALS);
		}
		if (value.compareTo(LIMIT) >= 0) {
			throw Problems.tooLarge(input);
		}
		if (unit.equals(FigureUnit.AVAILABILITY) && value.compareTo(HUNDRED) > 0) {
			throw Problems.availabilityAbove100(input);
		}
		if (unit.kind().isPerSecond() && period.isTime()) {
			throw Problems.periodOnRate(input, unit, period);
		}
	}

}
