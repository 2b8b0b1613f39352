package io.talknotes.metric;

import io.talknotes.metric.shorthand.ParsedMetric;

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
 * @param qualifier "exactly", "at least", "about" or "up to"
 * @param period what it is counted per, e.g. "per month", or empty
 */
public record MetricPreview(String text, String shortForm, String fullForm, String value, String unit,
		boolean unitKnown, String qualifier, String period) {

	static MetricPreview of(ParsedMetric figure) {
		String qualifier = figure.qualifier().longPrefix().strip();
		return new MetricPreview(figure.text(), figure.shortForm(), figure.fullForm(), figure.groupedValue(),
				figure.unit().name(), figure.unit().isKnown(), qualifier.isEmpty() ? "exactly" : qualifier,
				figure.period().longForm());
	}

}
