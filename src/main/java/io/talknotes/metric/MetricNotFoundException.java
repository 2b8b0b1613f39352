package io.talknotes.metric;

import io.talknotes.system.NotFoundException;

/**
 * The talk has no figure with the id a URL names.
 */
public class MetricNotFoundException extends NotFoundException {

	private MetricNotFoundException(Long id) {
		super("figure", String.valueOf(id));
	}

	public static MetricNotFoundException forId(Long id) {
		return new MetricNotFoundException(id);
	}

}
