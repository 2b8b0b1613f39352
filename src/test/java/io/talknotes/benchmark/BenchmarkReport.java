package io.talknotes.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Keeps the figures of each size and engine under
 * {@code target/benchmark/<size>/<engine>/} and prints them as Markdown tables: the
 * engines side by side, one row per engine and size, then every measure with the targets
 * beside them, one column per engine and size.
 *
 * <p>
 * Usage: {@code BenchmarkReport [--engines=lucene,dsl,opensearch] 10k 100k 1M} (engines:
 * lucene unless given).
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
			new String[] { "Notes' HTML stored in the background after the restart (s)", "renderings.seconds", "" },
			new String[] { "Then the indexing queue worked off, with outbox polling (s)", "queue.seconds", "" },
			new String[] { "Service, cold p50 / p95 / p99 (ms)", "service.cold", "" },
			new String[] { "Service, warm p50 / p95 / p99 (ms)", "service.warm", "1M: p50 ≤ 5, p99 ≤ 30" },
			new String[] { "HTTP `/search`, cold p50 / p95 / p99 (ms)", "http.cold", "" },
			new String[] { "HTTP `/search`, 8 clients, warm p50 / p95 / p99 (ms)", "http.warm",
					"1M: p99 ≤ 50; 100k opensearch: p99 ≤ 100" },
			new String[] { "HTTP throughput (req/s) / errors", "http", "" },
			new String[] { "Searches OpenSearch answered from its request cache (turned off)", "engine.resultCacheHits",
					"0" },
			new String[] { "SQL LIKE p50 / p95 / p99 (ms)", "like", "" },
			new String[] { "Speed-up, LIKE p50 ÷ service warm p50", "like.speedup", "100k: ≥ 50×" },
			new String[] { "Heap after GC: end of indexing / after load (MB)", "heap",
					"≤ 512 (-Xmx512m; opensearch: -Xmx1g with its node)" },
			new String[] { "Failure (out of memory or other)", "failure", "none" },
			new String[] { "Whole run of this size and engine (s)", "run.seconds", "" });

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws IOException {
		List<String> engines = List.of("lucene");
		List<String> sizes = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--engines=")) {
				engines = Arrays.asList(arg.substring("--engines=".length()).split(","));
			}
			else {
				sizes.add(arg);
			}
		}
		System.out.println(engines(sizes, engines));
		System.out.println(table(sizes, engines));
	}

	/** Where the figures and the data of one size and engine are kept. */
	static Path folder(String size, String engine) {
		return SearchBenchmark.ROOT.resolve(size).resolve(engine.toLowerCase(Locale.ROOT));
	}

	static void save(Path folder, Map<String, String> results, String queries) throws IOException {
		Files.createDirectories(folder);
		Properties properties = new Properties();
		properties.putAll(results);
		try (Writer writer = Files.newBufferedWriter(folder.resolve("results.properties"))) {
			properties.store(writer, "Search benchmark, " + SearchBenchmark.ROOT.relativize(folder));
		}
		Files.writeString(folder.resolve("queries.md"), queries);
	}

	/** One row per engine and size: what tells the engines apart. */
	static String engines(List<String> sizes, List<String> engines) {
		StringBuilder table = new StringBuilder("| Engine | Notes | Mass indexing (notes/s) | Restart re-indexed? "
				+ "| Service, warm p50 / p99 (ms) | HTTP `/search`, 8 clients, p50 / p99 (ms) | HTTP (req/s) | Errors |\n"
				+ "|---|---:|---:|---|---:|---:|---:|---:|\n");
		for (String size : sizes) {
			for (String engine : engines) {
				Properties results = load(size, engine);
				table.append("| ")
					.append(engine)
					.append(" | ")
					.append(results.getProperty("corpus.notes", "–"))
					.append(" | ")
					.append(results.getProperty("index.notesPerSecond", "–"))
					.append(" | ")
					.append(results.getProperty("restart.reindexed", "–"))
					.append(" | ")
					.append(pair(results, "service.warm"))
					.append(" | ")
					.append(pair(results, "http.warm"))
					.append(" | ")
					.append(results.getProperty("http.requestsPerSecond", "–"))
					.append(" | ")
					.append(errors(results))
					.append(" |\n");
			}
		}
		return table.toString();
	}

	private static String pair(Properties results, String key) {
		String p50 = results.getProperty(key + ".p50");
		String p99 = results.getProperty(key + ".p99");
		if (p50 == null || p99 == null) {
			return "–";
		}
		return Latencies.millis(Double.parseDouble(p50)) + " / " + Latencies.millis(Double.parseDouble(p99));
	}

	private static String errors(Properties results) {
		String failure = results.getProperty("failure", "–");
		return results.getProperty("http.errors", "–") + ("none".equals(failure) ? "" : " (failed: " + failure + ")");
	}

	/** Every measure, one column per size and engine. */
	static String table(List<String> sizes, List<String> engines) throws IOException {
		StringBuilder table = new StringBuilder("| Measure | Target |");
		StringBuilder rule = new StringBuilder("|---|---|");
		List<Properties> all = new ArrayList<>();
		for (String size : sizes) {
			for (String engine : engines) {
				table.append(' ').append(size).append(' ').append(engine).append(" |");
				rule.append("---:|");
				all.add(load(size, engine));
			}
		}
		table.append('\n').append(rule).append('\n');
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

	private static Properties load(String size, String engine) {
		Properties properties = new Properties();
		Path file = folder(size, engine).resolve("results.properties");
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
