package io.talknotes.figure.shorthand;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of quantity a {@link FigureUnit} measures. Units of one kind convert into each
 * other through their {@link FigureUnit#factor() factor}: data sizes into bytes,
 * bandwidths into bits per second, durations into seconds.
 */
public enum UnitKind {

	/** Things counted, such as pods or users. */
	COUNT,

	/** Events per second, such as QPS; the time base is part of the unit. */
	RATE,

	/** A percentage, written with "%". */
	PERCENTAGE,

	/** A data size, such as TB or GiB; its base unit is the byte. */
	DATA,

	/**
	 * A bandwidth, such as Gbps; its base unit is the bit per second, and the time base
	 * is part of the unit.
	 */
	BANDWIDTH,

	/** A duration or latency, such as ms or hours; its base unit is the second. */
	DURATION,

	/** How many times more, as in "10x faster builds". */
	MULTIPLIER;

	/**
	 * Whether units of this kind already count per second, so that they take no time
	 * period: "35M QPS/day" and "400 Gbps per month" cannot be read.
	 * @return {@code true} for rates and bandwidths
	 */
	public boolean isPerSecond() {
		return this == RATE || this == BANDWIDTH;
	}

	/**
	 * Whether a figure of this kind may name a percentile, as in "p99 under 250 µs".
	 * @return {@code true} for durations, data sizes and bandwidths
	 */
	public boolean takesPercentile() {
		return this == DURATION || this == DATA || this == BANDWIDTH;
	}

	/**
	 * Returns the word that names this kind in a unit catalogue, e.g. {@code "data"}.
	 * @return the keyword, lower case
	 */
	public String keyword() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Finds the kind named by a catalogue keyword, ignoring case.
	 * @param keyword e.g. {@code "duration"}
	 * @return the kind, or empty if there is none by that name
	 */
	public static Optional<UnitKind> fromKeyword(String keyword) {
		return Arrays.stream(values()).filter((kind) -> kind.keyword().equalsIgnoreCase(keyword)).findFirst();
	}

}
