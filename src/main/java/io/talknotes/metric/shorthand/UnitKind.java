package io.talknotes.metric.shorthand;

/**
 * The kind of quantity a {@link MetricUnit} measures.
 */
public enum UnitKind {

	/** Things counted, such as pods or users. */
	COUNT,

	/** Events per second, such as QPS; the time base is part of the unit. */
	RATE,

	/** A percentage, written with "%". */
	PERCENTAGE

}
