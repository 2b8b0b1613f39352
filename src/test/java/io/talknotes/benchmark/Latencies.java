package io.talknotes.benchmark;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Response times in nanoseconds, and their percentiles by the nearest-rank method.
 */
final class Latencies {

	private long[] samples = new long[1024];

	private int count;

	void add(long nanos) {
		if (this.count == this.samples.length) {
			this.samples = Arrays.copyOf(this.samples, this.count * 2);
		}
		this.samples[this.count++] = nanos;
	}

	void addAll(Latencies other) {
		for (int i = 0; i < other.count; i++) {
			add(other.samples[i]);
		}
	}

	static Latencies merge(Collection<Latencies> all) {
		Latencies merged = new Latencies();
		all.forEach(merged::addAll);
		return merged;
	}

	int count() {
		return this.count;
	}

	/** The p-th percentile in milliseconds, p in 0..100. */
	double percentileMillis(double p) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.samples, this.count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	/** "p50 / p95 / p99" in milliseconds. */
	String summary() {
		return String.format(Locale.ROOT, "%s / %s / %s", millis(percentileMillis(50)), millis(percentileMillis(95)),
				millis(percentileMillis(99)));
	}

	static String millis(double millis) {
		return (millis < 10) ? String.format(Locale.ROOT, "%.2f", millis) : String.format(Locale.ROOT, "%.0f", millis);
	}

}
