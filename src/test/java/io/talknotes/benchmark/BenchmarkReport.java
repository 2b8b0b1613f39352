package io.talknotes.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Keeps each size's figures under {@code target/benchmark/<size>/} and prints them as one
 * Markdown table, with the targets beside them.
 *
 * <p>
 * Usage: {@code BenchmarkReport 10k 100k 1M}.
 */
public final class BenchmarkReport {

	/** Row label, result key, target. */
	private static final List<String[]> ROWS = List.of(new String[] { "Notes (talks)", "corpus", "" },
			new String[] { "Longest talk (notes)", "corpus.maxNotesPerTalk", "" },
			new String[] { "Average note (chars)", "corpus.avgNoteChars", "150–1,000" },
			new String[] { "Corpus generation by JDBC (s)", "generate.seconds", "" },
			new String[] { "Mass indexing, until searchable (s)", "index.seconds", "" },
			new String[] { "Mass indexing rate (notes/s)", "index.notesPerSecond", "≥ 5,000" },
			new String[] { "Then merging segments, in the background (s)", "index.mergeSeconds", "" },
			new String[] { "Same, second rebuild in the same JVM (notes/s)", "index.again.notesPerSecond", "" },
			new String[] { "Index / database on disk (MB)", "sizes", "" },
			new String[] { "Restart re-indexed?", "restart.reindexed", "no" },
			new String[] { "Service, cold p50 / p95 / p99 (ms)", "service.cold", "" },
			new String[] { "Service, warm p50 / p95 / p99 (ms)", "service.warm", "1M: p50 ≤ 5, p99 ≤ 30" },
			new String[] { "HTTP `/search`, cold p50 / p95 / p99 (ms)", "http.cold", "" },
			new String[] { "HTTP `/search`, 8 clients, warm p50 / p95 / p99 (ms)", "http.warm", "1M: p99 ≤ 50" },
			new String[] { "HTTP throughput (req/s) / errors", "http", "" },
			new String[] { "SQL LIKE p50 / p95 / p99 (ms)", "like", "" },
			new String[] { "Speed-up, LIKE p50 ÷ service warm p50", "like.speedup", "100k: ≥ 50×" },
			new String[] { "Heap after GC: end of indexing / after load (MB)", "heap", "≤ 512 (-Xmx512m)" },
			new String[] { "Failure (out of memory or other)", "failure", "none" });

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws IOException {
		System.out.println(table(List.of(args)));
	}

	static void save(String label, Map<String, String> results, String queries) throws IOException {
		Path folder = SearchBenchmark.ROOT.resolve(label);
		Files.createDirectories(folder);
		Properties properties = new Properties();
		properties.putAll(results);
		try (Writer writer = Files.newBufferedWriter(folder.resolve("results.properties"))) {
			properties.store(writer, "Search benchmark, " + label + " notes");
		}
		Files.writeString(folder.resolve("queries.md"), queries);
	}

	static String table(List<String> sizes) throws IOException {
		StringBuilder table = new StringBuilder("| Measure | Target |");
		StringBuilder rule = new StringBuilder("|---|---|");
		for (String size : sizes) {
			table.append(' ').append(size).append(" notes |");
			rule.append("---:|");
		}
		table.append('\n').append(rule).append('\n');
		List<Properties> all = sizes.stream().map(BenchmarkReport::load).toList();
		for (String[] row : ROWS) {
			table.append("| ").append(row[0]).append(" | ").append(row[2]).append(" |");
			for (Properties results : all) {
				table.append(' ').append(value(results, row[1])).append(" |");
			}
			table.append('\n');
		}
		return table.toString();
	}

	private static String value(Properties results, String key) {
		return switch (key) {
			case "corpus" ->
				results.getProperty("corpus.notes", "–") + " (" + results.getProperty("corpus.talks", "–") + ")";
			case "sizes" ->
				results.getProperty("size.indexMb", "–") + " / " + results.getProperty("size.databaseMb", "–");
			case "http" ->
				results.getProperty("http.requestsPerSecond", "–") + " / " + results.getProperty("http.errors", "–");
			case "heap" ->
				results.getProperty("heap.afterIndexingMb", "–") + " / " + results.getProperty("heap.afterLoadMb", "–");
			default -> results.getProperty(key, "–");
		};
	}

	private static Properties load(String size) {
		Properties properties = new Properties();
		Path file = SearchBenchmark.ROOT.resolve(size).resolve("results.properties");
		if (Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file)) {
				properties.load(reader);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read " + file, ex);
			}
		}
		return properties;
	}

}
