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

	/** The chart's title, e.g. "Pods" or "Queries per second, on a logarithmic scale". */
	String title(String compared, boolean logarithmic) {
		return this.messages.getMessage(logarithmic ? "figures.chart.svg.title" : "figures.chart.svg.title.linear",
				new Object[] { compared }, this.locale);
	}

	/**
	 * What the chart shows: its scale from one end to the other, and every bar's label
	 * with its value.
	 */
	String description(boolean logarithmic, String from, String to, String bars) {
		return this.messages.getMessage(
				logarithmic ? "figures.chart.svg.description" : "figures.chart.svg.description.linear",
				new Object[] { from, to, bars }, this.locale);
	}

}
