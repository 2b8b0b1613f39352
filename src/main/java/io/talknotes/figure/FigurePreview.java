package io.talknotes.figure;

import java.math.BigDecimal;
import java.math.MathContext;

import io.talknotes.figure.shorthand.Measure;
import io.talknotes.figure.shorthand.ParsedFigure;
import io.talknotes.figure.shorthand.Period;
import io.talknotes.figure.shorthand.UnitCatalogue;
import io.talknotes.figure.shorthand.UnitKind;

/**
 * How a figure was understood, shown before it is saved.
 *
 * @param text the figure as typed
 * @param shortForm the figure as people write it, e.g. "10k+ pods"
 * @param fullForm the figure in words, e.g. "at least 10,000 pods"
 * @param value the number in full, e.g. "10,000"
 * @param unit what is counted: the catalogue name, or the words as written
 * @param unitKnown whether the unit is in the catalogue, so that it compares with other
 * figures
 * @param qualifier "exactly", "at least", "about", "up to" or "under"
 * @param period what it is counted per, e.g. "per month", or empty
 * @param percentile the latency percentile, e.g. "p99", or empty
 * @param comparesAs the figure in its base unit, e.g. "80,000,000,000,000 bytes per day"
 * for "80 TB/day", or {@code null} when the unit does not convert
 * @param catalogueFile the file in the data folder that teaches units
 * @param unitLine for an unknown unit, the line that would teach it, e.g. "keyspaces =
 * count"; otherwise {@code null}
 */
public record FigurePreview(String text, String shortForm, String fullForm, String value, String unit,
		boolean unitKnown, String qualifier, String period, String percentile, String comparesAs, String catalogueFile,
		String unitLine) {

	// Conversions per second and back may leave a last digit off; no quoted figure has
	// more digits than this
	private static final MathContext SHOWN = new MathContext(12);

	static FigurePreview of(ParsedFigure figure) {
		String qualifier = figure.qualifier().longPrefix().strip();
		return new FigurePreview(figure.text(), figure.shortForm(), figure.fullForm(), figure.groupedValue(),
				figure.unit().name(), figure.unit().isKnown(), qualifier.isEmpty() ? "exactly" : qualifier,
				figure.period().longForm(), figure.percentileName(), comparesAs(figure), UnitCatalogue.TAUGHT_FILE,
				UnitCatalogue.lineToTeach(figure.unit()));
	}

	/**
	 * The figure in its base unit, per the period it was quoted in, when that says more
	 * than the figure itself: for data sizes, bandwidths and durations.
	 */
	private static String comparesAs(ParsedFigure figure) {
		UnitKind kind = figure.unit().kind();
		boolean converts = kind == UnitKind.DATA || kind == UnitKind.BANDWIDTH || kind == UnitKind.DURATION;
		if (!converts) {
			return null;
		}
		Measure measure = figure.measure();
		Period quoted = figure.period().isTime() ? figure.period() : Period.PER_SECOND;
		BigDecimal amount = measure.amountPer(quoted).round(SHOWN);
		String per = switch (measure.per()) {
			case PER_SECOND -> " " + quoted.longForm();
			case PER_CLUSTER -> " " + Period.PER_CLUSTER.longForm();
			default -> "";
		};
		return ParsedFigure.grouped(amount) + " " + measure.unit() + per;
	}

}
