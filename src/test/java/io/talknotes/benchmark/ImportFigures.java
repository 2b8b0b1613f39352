package io.talknotes.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.talknotes.benchmark.ImportBenchmark.Format;
import io.talknotes.benchmark.ImportBenchmark.Step;
import io.talknotes.benchmark.ImportFlow.Applied;
import io.talknotes.benchmark.ImportFlow.Preview;

/**
 * The import benchmark's figures: every run with the machine's load when it started, and
 * the median of the rounds against the target, as a Markdown report.
 */
final class ImportFigures {

	/** The target for a preview and for an apply of 1,000 sessions. */
	static final long TARGET_MILLIS = 5_000;

	private final List<Run> runs = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	/**
	 * @param searchNanos how long after the result page search found a talk the import
	 * added or renamed; -1 when not tried
	 */
	void add(int round, Format format, Step step, String load, Preview preview, Applied applied, long searchNanos) {
		Run run = new Run(round, format, step, load, millis(preview.uploadNanos()), millis(preview.nanos()),
				millis(applied.nanos()), (searchNanos < 0) ? -1 : millis(searchNanos), applied.progress());
		this.runs.add(run);
		System.out.printf(Locale.ROOT,
				"[import] round %d, %s, %s: preview %d ms, apply %d ms, in search %s, progress %s (load %s)%n", round,
				format.label(), step.label(), run.previewMillis(), run.applyMillis(), run.searchable(),
				run.progressShown(), load);
	}

	/** A line about the run as a whole, printed above the tables. */
	void note(String line) {
		this.notes.add(line);
		System.out.println("[import] " + line);
	}

	/** The report, ending with the failure that stopped the run, if any. */
	String markdown(String failure) {
		StringBuilder report = new StringBuilder("# Import benchmark\n\n");
		this.notes.forEach((line) -> report.append(line).append("  \n"));
		report.append("\n## Median of the rounds (ms)\n\n")
			.append("| File | Import | Preview p50 | Apply p50 | Preview, each round | Apply, each round | Target |\n")
			.append("|---|---|---:|---:|---|---|---|\n");
		medians(report);
		report.append("\n## Each run\n\n")
			.append("| Round | File | Import | Load before (1 / 5 / 15 min) | Upload (ms) | Upload and preview (ms) ")
			.append("| Apply (ms) | Found by search after the result | Progress shown (sessions done at each reload) |\n")
			.append("|---:|---|---|---|---:|---:|---:|---|---|\n");
		for (Run run : this.runs) {
			report.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %,d | %,d | %,d | %s | %s |%n", run.round(),
					run.format().label(), run.step().label(), run.load(), run.uploadMillis(), run.previewMillis(),
					run.applyMillis(), run.searchable(), run.progressShown()));
		}
		report.append("\nFailure: ").append((failure != null) ? failure : "none").append('\n');
		return report.toString();
	}

	private void medians(StringBuilder report) {
		Map<String, List<Run>> byImport = new LinkedHashMap<>();
		for (Run run : this.runs) {
			byImport.computeIfAbsent(run.format() + "/" + run.step(), (key) -> new ArrayList<>()).add(run);
		}
		for (List<Run> runs : byImport.values()) {
			long preview = median(runs.stream().mapToLong(Run::previewMillis).toArray());
			long apply = median(runs.stream().mapToLong(Run::applyMillis).toArray());
			Run first = runs.get(0);
			report.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %s | %s | %s |%n", first.format().label(),
					first.step().label(), preview, apply, each(runs, Run::previewMillis), each(runs, Run::applyMillis),
					(preview <= TARGET_MILLIS && apply <= TARGET_MILLIS) ? "≤ 5,000 each: met"
							: "≤ 5,000 each: **MISS**"));
		}
	}

	private static String each(List<Run> runs, java.util.function.ToLongFunction<Run> figure) {
		return runs.stream()
			.map((run) -> String.format(Locale.ROOT, "%,d", figure.applyAsLong(run)))
			.collect(Collectors.joining(" / "));
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[(sorted.length - 1) / 2];
	}

	private static long millis(long nanos) {
		return Math.round(nanos / 1e6);
	}

	/** The load average over 1, 5 and 15 minutes, as {@code uptime} shows it. */
	static String loadAverage() {
		Path file = Path.of("/proc/loadavg");
		try {
			if (Files.isReadable(file)) {
				String[] fields = Files.readString(file).split("\\s+");
				return fields[0] + " / " + fields[1] + " / " + fields[2];
			}
		}
		catch (IOException ex) {
			// Fall back to the JVM's own figure, which covers one minute only
		}
		return String.format(Locale.ROOT, "%.2f (1 min)",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/**
	 * One import, timed.
	 *
	 * @param progress sessions done on each page reloaded while it was applied
	 */
	private record Run(int round, Format format, Step step, String load, long uploadMillis, long previewMillis,
			long applyMillis, long searchMillis, List<Integer> progress) {

		/** When search found what the import added or renamed. */
		String searchable() {
			if (this.searchMillis < 0) {
				return "–";
			}
			return (this.searchMillis == 0) ? "at once" : String.format(Locale.ROOT, "after %,d ms", this.searchMillis);
		}

		/** The progress values, each once, in the order shown, and how many reloads. */
		String progressShown() {
			if (this.progress.isEmpty()) {
				return "none (done at the first page)";
			}
			String values = this.progress.stream()
				.distinct()
				.map((done) -> String.format(Locale.ROOT, "%,d", done))
				.collect(Collectors.joining(" → "));
			return values + " (" + this.progress.size() + " reloads)";
		}

	}

}
