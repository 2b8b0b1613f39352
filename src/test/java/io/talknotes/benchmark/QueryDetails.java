package io.talknotes.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-query figures: what the search found, what the {@code LIKE} scan counted, and the
 * response times of each, so a slow query can be told from a slow mix.
 */
final class QueryDetails {

	private final Map<BenchmarkQuery, Row> rows = new LinkedHashMap<>();

	void hits(BenchmarkQuery query, long hits, String suggestion) {
		row(query).hits = hits;
		row(query).suggestion = suggestion;
	}

	void likeTalks(BenchmarkQuery query, long talks) {
		row(query).likeTalks = talks;
	}

	Latencies service(BenchmarkQuery query) {
		return row(query).service;
	}

	Latencies like(BenchmarkQuery query) {
		return row(query).like;
	}

	String markdown() {
		StringBuilder table = new StringBuilder(
				"| Query | Kind | Talks found | Did you mean | Talks by LIKE | Service warm p50 / p99 (ms) | LIKE p50 (ms) |\n"
						+ "|---|---|---:|---|---:|---:|---:|\n");
		this.rows.forEach((query, row) -> table.append(String.format("| `%s` | %s | %d | %s | %d | %s / %s | %s |%n",
				query.typed(), query.kind(), row.hits, (row.suggestion != null) ? row.suggestion : "", row.likeTalks,
				Latencies.millis(row.service.percentileMillis(50)), Latencies.millis(row.service.percentileMillis(99)),
				Latencies.millis(row.like.percentileMillis(50)))));
		return table.toString();
	}

	private Row row(BenchmarkQuery query) {
		return this.rows.computeIfAbsent(query, (key) -> new Row());
	}

	private static final class Row {

		private long hits;

		private String suggestion;

		private long likeTalks;

		private final Latencies service = new Latencies();

		private final Latencies like = new Latencies();

	}

}
