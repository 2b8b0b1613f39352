package io.talknotes.metric;

import java.math.BigDecimal;

import io.talknotes.system.NamedLink;

/**
 * A quoted figure as shown on a page.
 *
 * @param id the figure's id
 * @param textAsWritten the figure as the speaker or note put it, e.g. "35M QPS"
 * @param value the number
 * @param unit what was counted, e.g. "queries per second"
 * @param qualifier EXACTLY, AT_LEAST, ABOUT or UP_TO
 * @param period the period the figure is per, if any
 * @param subject a few words of context
 * @param talk the talk that quoted it
 * @param company the company it is about, if any
 * @param project the project it is about, if any
 */
public record MetricView(Long id, String textAsWritten, BigDecimal value, String unit, String qualifier, String period,
		String subject, NamedLink talk, NamedLink company, NamedLink project) {

	/** The value in full, e.g. "at least 100,000". */
	public String fullValue() {
		String number = String.format("%,f", this.value).replaceAll("\\.?0+$", "");
		return switch (this.qualifier) {
			case "AT_LEAST" -> "at least " + number;
			case "ABOUT" -> "about " + number;
			case "UP_TO" -> "up to " + number;
			default -> number;
		};
	}

}
