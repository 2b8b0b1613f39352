package io.talknotes.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.talknotes.figure.shorthand.UnitKind;

/**
 * Where amounts fall on a chart's axis, and the gridlines it draws. Amounts that lie
 * within two orders of magnitude of each other are drawn on a linear scale from zero, so
 * that a bar twice as long is twice as much; only when the largest is 100 times the
 * smallest or more does the axis become logarithmic, one gridline per power of ten, and
 * the chart says so.
 */
final class ChartScale {

	/**
	 * From this ratio of the largest to the smallest amount on, the scale is logarithmic.
	 */
	static final int LOGARITHMIC_FROM = 100;

	private static final int MAX_TICK_LABELS = 6;

	/** Multiples of a power of ten that make round gridlines on a linear scale. */
	private static final double[] ROUND_STEPS = { 1, 2, 2.5, 5, 10 };

	private static final int LINEAR_STEPS = 5;

	private final boolean logarithmic;

	/**
	 * Linear: the amount at the axis' end. Logarithmic: the power of ten it starts at.
	 */
	private final BigDecimal top;

	private final int lowest;

	private final int decades;

	private final List<Tick> ticks;

	private ChartScale(boolean logarithmic, BigDecimal top, int lowest, int decades, List<Tick> ticks) {
		this.logarithmic = logarithmic;
		this.top = top;
		this.lowest = lowest;
		this.decades = decades;
		this.ticks = ticks;
	}

	/**
	 * The scale that shows the amounts.
	 * @param amounts the amounts in the base unit, largest first
	 * @param kind what they measure, or {@code null} for plain numbers
	 */
	static ChartScale of(List<BigDecimal> amounts, UnitKind kind) {
		List<BigDecimal> positive = amounts.stream().filter((amount) -> amount.signum() > 0).toList();
		if (positive.isEmpty()) {
			return linear(BigDecimal.ONE, kind);
		}
		BigDecimal largest = positive.stream().max(BigDecimal::compareTo).orElseThrow();
		BigDecimal smallest = positive.stream().min(BigDecimal::compareTo).orElseThrow();
		if (largest.compareTo(smallest.multiply(BigDecimal.valueOf(LOGARITHMIC_FROM))) >= 0) {
			return logarithmic(smallest, largest, kind);
		}
		return linear(largest, kind);
	}

	private static ChartScale linear(BigDecimal largest, UnitKind kind) {
		double raw = largest.doubleValue() / LINEAR_STEPS;
		int exponent = (int) Math.floor(Math.log10(raw));
		double normalized = raw / Math.pow(10, exponent);
		double multiple = ROUND_STEPS[ROUND_STEPS.length - 1];
		for (double candidate : ROUND_STEPS) {
			if (candidate >= normalized - 1e-9) {
				multiple = candidate;
				break;
			}
		}
		BigDecimal step = BigDecimal.valueOf(multiple).scaleByPowerOfTen(exponent);
		BigDecimal steps = largest.divide(step, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
		BigDecimal top = step.multiply(steps);
		List<Tick> ticks = new ArrayList<>();
		for (int k = 0; k <= steps.intValue(); k++) {
			BigDecimal at = step.multiply(BigDecimal.valueOf(k));
			ticks.add(new Tick((double) k / steps.intValue(), ChartAxis.label(kind, at)));
		}
		return new ChartScale(false, top, 0, 0, List.copyOf(ticks));
	}

	private static ChartScale logarithmic(BigDecimal smallest, BigDecimal largest, UnitKind kind) {
		int lowest = Math.min(0, (int) Math.floor(log10(smallest) + 1e-9));
		int decades = Math.max(1, (int) Math.ceil(log10(largest) - 1e-9) - lowest);
		int step = (decades + MAX_TICK_LABELS - 1) / MAX_TICK_LABELS;
		List<Tick> ticks = new ArrayList<>();
		for (int k = 0; k <= decades; k++) {
			// Every power of ten has its gridline; labels skip some so that they do not
			// crowd, but the last one is always labelled
			boolean crowded = k < decades && decades - k < step;
			boolean labelled = k % step == 0 && !crowded || k == decades;
			ticks.add(new Tick((double) k / decades, labelled ? ChartAxis.tick(kind, lowest + k) : null));
		}
		return new ChartScale(true, null, lowest, decades, List.copyOf(ticks));
	}

	/** Whether each gridline is ten times the one before. */
	boolean logarithmic() {
		return this.logarithmic;
	}

	/** Where an amount ends on the axis, from 0 (its start and below) to 1 (its end). */
	double position(BigDecimal amount) {
		if (amount.signum() <= 0) {
			return 0;
		}
		if (this.logarithmic) {
			return Math.max(0, log10(amount) - this.lowest) / this.decades;
		}
		return Math.min(1, amount.doubleValue() / this.top.doubleValue());
	}

	/** The gridlines, from the axis' start to its end. */
	List<Tick> ticks() {
		return this.ticks;
	}

	/** The label at the axis' start. */
	String from() {
		return this.ticks.get(0).label();
	}

	/** The label at the axis' end. */
	String to() {
		return this.ticks.get(this.ticks.size() - 1).label();
	}

	private static double log10(BigDecimal value) {
		return Math.log10(value.doubleValue());
	}

	/**
	 * A gridline.
	 *
	 * @param at where it is, from 0 (the axis' start) to 1 (its end)
	 * @param label what it says, or {@code null} for a gridline without a label
	 */
	record Tick(double at, String label) {

	}

}
