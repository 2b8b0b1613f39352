package io.talknotes.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.talknotes.RunningApplication;
import io.talknotes.search.SearchIndex;
import io.talknotes.search.SearchRequest;
import io.talknotes.search.SearchResults;
import io.talknotes.search.TalkSearch;

/**
 * Measures search on a synthetic corpus: for each size, starts the real application on a
 * fresh data directory with one engine ({@link BenchmarkEngine}), fills the database by
 * SQL, times the mass indexer, restarts on the same data to time cold queries, then times
 * warm queries in the service and over HTTP, and the same words as SQL {@code LIKE} on
 * the same database. Writes its figures to {@code target/benchmark/<size>/<engine>/};
 * {@link BenchmarkReport} turns them into tables.
 *
 * <p>
 * Usage: {@code SearchBenchmark [--engine=lucene|dsl|opensearch] [--without-like]
 * [--http-warm-up=<seconds>] [--<setting>=<value>]... [10k|100k|1M|<notes>]...} (default:
 * lucene, 10k). {@code --without-like} leaves out the SQL baseline, which does not depend
 * on the engine and is measured in one run per size; {@code --http-warm-up} sets how long
 * the 8 clients run before their requests are timed (default 60 s; after 5 s, on 2 cores,
 * the figure measured mostly the JIT compiler still compiling what a results page runs
 * beyond the search: see docs/benchmarks.md); other {@code --} arguments are passed to
 * the application, to measure another setting. Run it with {@code -Xmx512m}: the heap
 * figures are only meaningful within that limit (with {@code opensearch} the heap holds
 * the OpenSearch node too).
 */
public final class SearchBenchmark {

	static final Path ROOT = Path.of("target", "benchmark");

	static final long SEED = 20191118L;

	private static final int HTTP_CLIENTS = 8;

	/** Sizes rebuilt a second time, to time indexing in a warmed-up JVM. */
	private static final long SECOND_REBUILD_UP_TO = 100_000;

	private static final Duration SERVICE_WARM_UP = Duration.ofSeconds(10);

	private static final Duration SERVICE_MEASURE = Duration.ofSeconds(20);

	private static final Duration HTTP_WARM_UP = Duration.ofSeconds(60);

	private static final Duration HTTP_MEASURE = Duration.ofSeconds(20);

	private static final Duration LIKE_BUDGET = Duration.ofSeconds(120);

	private final String label;

	private final String engineName;

	private final boolean withLike;

	private final Duration httpWarmUp;

	private final List<String> settings;

	private final int notes;

	private final Path folder;

	private final Path dataDir;

	private BenchmarkEngine engine;

	private final Map<String, String> results = new LinkedHashMap<>();

	private final QueryDetails details = new QueryDetails();

	private SearchBenchmark(String size, String engineName, boolean withLike, Duration httpWarmUp,
			List<String> settings) {
		this.label = size + " " + engineName;
		this.engineName = engineName;
		this.withLike = withLike;
		this.httpWarmUp = httpWarmUp;
		this.settings = settings;
		this.notes = parseSize(size);
		this.folder = BenchmarkReport.folder(size, engineName);
		this.dataDir = this.folder.resolve("data").toAbsolutePath();
	}

	public static void main(String[] args) throws Exception {
		String engine = "lucene";
		boolean withLike = true;
		Duration httpWarmUp = HTTP_WARM_UP;
		List<String> sizes = new ArrayList<>();
		List<String> settings = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--engine=")) {
				engine = arg.substring("--engine=".length());
			}
			else if (arg.equals("--without-like")) {
				withLike = false;
			}
			else if (arg.startsWith("--http-warm-up=")) {
				httpWarmUp = Duration.ofSeconds(Long.parseLong(arg.substring("--http-warm-up=".length())));
			}
			else if (arg.startsWith("--")) {
				settings.add(arg);
			}
			else {
				sizes.add(arg);
			}
		}
		if (sizes.isEmpty()) {
			sizes.add("10k");
		}
		for (String size : sizes) {
			new SearchBenchmark(size, engine, withLike, httpWarmUp, settings).runAndSave();
		}
		System.out.println(BenchmarkReport.table(sizes, List.of(engine)));
		System.exit(0);
	}

	private void runAndSave() throws IOException {
		put("engine", this.engineName);
		put("notes.requested", this.notes);
		if (!this.settings.isEmpty()) {
			put("settings", String.join(" ", this.settings));
		}
		long started = System.nanoTime();
		try (BenchmarkEngine engine = BenchmarkEngine.start(this.engineName)) {
			this.engine = engine;
			run();
			put("failure", "none");
		}
		catch (Throwable failure) {
			failure.printStackTrace();
			put("failure", describe(failure));
		}
		put("run.seconds", seconds(System.nanoTime() - started));
		BenchmarkReport.save(this.folder, this.results, this.details.markdown());
	}

	/**
	 * Three starts on the same data: the first indexes, the second (which must find the
	 * index current) is timed in the service, the third over HTTP. With OpenSearch the
	 * index lives in the node {@link #engine} keeps running across them.
	 */
	private void run() throws Exception {
		deleteRecursively(this.dataDir);
		try (RunningApplication app = start()) {
			generateAndIndex(app);
		}
		try (RunningApplication app = start()) {
			put("restart.reindexed", app.rebuiltSearchIndex() ? "yes" : "no");
			awaitStoredRenderings(app.bean(DataSource.class));
			awaitIndexingQueue(app.bean(DataSource.class));
			this.engine.turnOffResultCache();
			serviceLatencies(app.bean(TalkSearch.class));
			if (this.withLike) {
				likeBaseline(app.bean(DataSource.class));
			}
		}
		try (RunningApplication app = start()) {
			this.engine.turnOffResultCache();
			httpLatencies(new HttpLoad(app.baseUrl()));
			put("heap.afterLoadMb", usedHeapAfterGcMb());
		}
		if (this.engine.isRemote()) {
			put("engine.resultCacheHits", this.engine.resultCacheHits());
		}
		put("size.indexMb", this.engine.indexMegabytes(this.dataDir));
		put("size.databaseMb", BenchmarkEngine.megabytes(this.dataDir.resolve("db")));
	}

	private RunningApplication start() {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--talknotes.data-dir=" + this.dataDir, "--logging.level.org.hibernate.search=warn"));
		arguments.addAll(this.engine.arguments());
		arguments.addAll(this.settings);
		return RunningApplication.start(arguments);
	}

	private void generateAndIndex(RunningApplication app) throws SQLException {
		DataSource dataSource = app.bean(DataSource.class);
		long started = System.nanoTime();
		CorpusGenerator.Corpus corpus = new CorpusGenerator(dataSource, SEED).generate(this.notes);
		put("generate.seconds", seconds(System.nanoTime() - started));
		put("corpus.conferences", corpus.conferences());
		put("corpus.talks", count(dataSource, "select count(*) from talk"));
		long notes = count(dataSource, "select count(*) from note");
		put("corpus.notes", notes);
		put("corpus.avgNoteChars", corpus.noteChars() / Math.max(1, corpus.notes()));
		put("corpus.maxNotesPerTalk",
				count(dataSource, "select max(c) from (select count(*) c from note group by talk_id) x"));
		SearchIndex index = app.bean(SearchIndex.class);
		started = System.nanoTime();
		index.rebuild().join();
		long took = System.nanoTime() - started;
		put("index.seconds", seconds(took));
		put("index.notesPerSecond", Math.round(notes / (took / 1e9)));
		// Searches are measured on merged segments, as they are once the merge is done.
		index.merged().join();
		put("index.mergeSeconds", seconds(System.nanoTime() - started - took));
		put("heap.afterIndexingMb", usedHeapAfterGcMb());
		if (this.notes <= SECOND_REBUILD_UP_TO) {
			// The first rebuild runs in a JVM that has not compiled the indexing code
			// yet, which weighs on a rebuild of a few seconds.
			started = System.nanoTime();
			index.rebuild().join();
			put("index.again.notesPerSecond", Math.round(notes / ((System.nanoTime() - started) / 1e9)));
			index.merged().join();
		}
	}

	private void serviceLatencies(TalkSearch service) {
		Latencies cold = new Latencies();
		for (BenchmarkQuery query : BenchmarkQuery.MIX) {
			long started = System.nanoTime();
			SearchResults results = service.search(SearchRequest.of(query.typed()));
			cold.add(System.nanoTime() - started);
			this.details.hits(query, results.total(), results.suggestion());
		}
		put("service.cold", cold.summary());
		loopService(service, SERVICE_WARM_UP, null);
		Latencies warm = loopService(service, SERVICE_MEASURE, this.details);
		put("service.warm", warm.summary());
		put("service.warm.p50", warm.percentileMillis(50));
		put("service.warm.p99", warm.percentileMillis(99));
		put("service.warm.samples", warm.count());
	}

	private static Latencies loopService(TalkSearch service, Duration duration, QueryDetails details) {
		Latencies all = new Latencies();
		long deadline = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < deadline) {
			for (BenchmarkQuery query : BenchmarkQuery.MIX) {
				long started = System.nanoTime();
				service.search(SearchRequest.of(query.typed()));
				long took = System.nanoTime() - started;
				all.add(took);
				if (details != null) {
					details.service(query).add(took);
				}
			}
		}
		return all;
	}

	private void likeBaseline(DataSource dataSource) throws SQLException {
		Latencies all = new Latencies();
		long perQuery = LIKE_BUDGET.toNanos() / BenchmarkQuery.MIX.size();
		try (Connection connection = dataSource.getConnection()) {
			for (BenchmarkQuery query : BenchmarkQuery.MIX) {
				long spent = 0;
				for (int run = 0; run < 5 && (run == 0 || spent < perQuery); run++) {
					long started = System.nanoTime();
					long talks = like(connection, query);
					long took = System.nanoTime() - started;
					spent += took;
					all.add(took);
					this.details.like(query).add(took);
					this.details.likeTalks(query, talks);
				}
			}
		}
		put("like.runs", all.count());
		put("like", all.summary());
		double ratio = all.percentileMillis(50) / Double.parseDouble(this.results.get("service.warm.p50"));
		put("like.speedup", String.format(Locale.ROOT, "%.0f", ratio));
	}

	private static long like(Connection connection, BenchmarkQuery query) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query.likeSql())) {
			List<String> parameters = query.likeParameters();
			for (int i = 0; i < parameters.size(); i++) {
				statement.setString(i + 1, parameters.get(i));
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private void httpLatencies(HttpLoad load) throws InterruptedException {
		Latencies cold = new Latencies();
		BenchmarkQuery.MIX.forEach((query) -> cold.add(load.timedRequest(query)));
		put("http.cold", cold.summary());
		load.run(BenchmarkQuery.MIX, HTTP_CLIENTS, this.httpWarmUp);
		put("http.warmUpSeconds", this.httpWarmUp.toSeconds());
		Latencies warm = load.run(BenchmarkQuery.MIX, HTTP_CLIENTS, HTTP_MEASURE);
		put("http.warm", warm.summary());
		put("http.warm.p50", warm.percentileMillis(50));
		put("http.warm.p99", warm.percentileMillis(99));
		put("http.requestsPerSecond", Math.round(warm.count() / (double) HTTP_MEASURE.toSeconds()));
		put("http.errors", load.errors());
	}

	private void put(String key, Object value) {
		String text = (value instanceof Double number) ? String.format(Locale.ROOT, "%.3f", number) : value.toString();
		this.results.put(key, text);
		System.out.printf("[%s] %s = %s%n", this.label, key, text);
	}

	/**
	 * Notes inserted by SQL get their rendered HTML in the background after the first
	 * start that finds them; searches are measured once that one-time work is done, as it
	 * would be on a server in use, and how long it took is reported on its own. Notes
	 * whose HTML is too long to keep stay without it, so the wait ends when the count of
	 * notes without HTML stops falling.
	 */
	private void awaitStoredRenderings(DataSource dataSource) throws SQLException, InterruptedException {
		String missing = "select count(*) from note where rendered_html is null";
		long started = System.nanoTime();
		long before = -1;
		long now = count(dataSource, missing);
		while (now > 0 && now != before) {
			Thread.sleep(2000);
			before = now;
			now = count(dataSource, missing);
		}
		put("renderings.seconds", seconds(System.nanoTime() - started));
	}

	/**
	 * With outbox polling (the {@code opensearch} engine, as on a cluster), each write
	 * reaches the index through a queue in the database, worked off by a background
	 * processor. Searches are measured once the queue is empty, so that they never share
	 * the node with indexing left over from the runs' writes, and how long that took is
	 * reported on its own. Without outbox polling the queue stays empty.
	 */
	private void awaitIndexingQueue(DataSource dataSource) throws SQLException, InterruptedException {
		String queued = "select count(*) from hsearch_outbox_event";
		long started = System.nanoTime();
		long deadline = started + Duration.ofMinutes(30).toNanos();
		while (count(dataSource, queued) > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The indexing queue is not empty after 30 minutes");
			}
			Thread.sleep(1000);
		}
		put("queue.seconds", seconds(System.nanoTime() - started));
	}

	private static long count(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static long usedHeapAfterGcMb() {
		System.gc();
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
	}

	private static String describe(Throwable failure) {
		List<String> causes = new ArrayList<>();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			causes.add(cause.getClass().getSimpleName() + ": " + cause.getMessage());
		}
		return String.join(" <- ", causes).replace('\n', ' ');
	}

	static int parseSize(String label) {
		String lower = label.toLowerCase(Locale.ROOT);
		if (lower.endsWith("m")) {
			return Integer.parseInt(lower.substring(0, lower.length() - 1)) * 1_000_000;
		}
		if (lower.endsWith("k")) {
			return Integer.parseInt(lower.substring(0, lower.length() - 1)) * 1_000;
		}
		return Integer.parseInt(lower);
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
