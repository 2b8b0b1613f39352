package io.talknotes.figure;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The sentences a chart's SVG gives screen readers as its title and description, from the
 * messages in the reader's language.
 *
 * @param messages where the sentences come from
 * @param locale the reader's language
 */
public record ChartWords(MessageSource messages, Locale locale) {

	/** The chart's title, e.g. "Pods, on a logarithmic scale". */
	String title(String compared) {
		return this.messages.getMessage("figures.chart.svg.title", new Object[] { compared }, this.locale);
	}

	/**
	 * What the chart shows: its axis from one tick to the other, and every bar's label.
	 */
	String description(String from, String to, String bars) {
		return this.messages.getMessage("figures.chart.svg.description", new Object[] { from, to, bars }, this.locale);
	}

}
