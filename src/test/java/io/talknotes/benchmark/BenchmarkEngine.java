package io.talknotes.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.talknotes.OpenSearchInTests;

/**
 * The search a benchmark run measures, with what it runs on: {@code lucene}, the direct
 * Lucene search (the default); {@code dsl}, the search through Hibernate Search's query
 * language on the same Lucene index; {@code opensearch}, that search on the Elasticsearch
 * backend (profile {@code opensearch}) against an OpenSearch 2.19 node started in the
 * benchmark's JVM. The node lives as long as this object: across the restarts of the
 * application within one size, as the index lives in it and not in the data directory.
 */
final class BenchmarkEngine implements AutoCloseable {

	static final List<String> NAMES = List.of("lucene", "dsl", "opensearch");

	private static final Pattern STORE_BYTES = Pattern
		.compile("\"primaries\"\\s*:\\s*\\{.*?\"store\"\\s*:\\s*\\{\\s*\"size_in_bytes\"\\s*:\\s*(\\d+)");

	private static final Pattern CACHE_HITS = Pattern
		.compile("\"request_cache\"\\s*:\\s*\\{[^}]*?\"hit_count\"\\s*:\\s*(\\d+)");

	private final String name;

	private final OpenSearchInTests openSearch;

	private BenchmarkEngine(String name, OpenSearchInTests openSearch) {
		this.name = name;
		this.openSearch = openSearch;
	}

	/**
	 * Prepares an engine, starting its OpenSearch node if it needs one.
	 * @param name {@code lucene}, {@code dsl} or {@code opensearch}
	 * @return the engine, ready for the application to start on
	 * @throws IOException if the OpenSearch node cannot be started
	 */
	static BenchmarkEngine start(String name) throws IOException {
		String engine = name.toLowerCase(Locale.ROOT);
		if (!NAMES.contains(engine)) {
			throw new IllegalArgumentException("Unknown engine '" + name + "', expected one of " + NAMES);
		}
		return new BenchmarkEngine(engine,
				engine.equals("opensearch") ? OpenSearchInTests.start("talknotes-benchmark") : null);
	}

	String name() {
		return this.name;
	}

	/** Whether the index lives in OpenSearch rather than under the data directory. */
	boolean isRemote() {
		return this.openSearch != null;
	}

	/** What the application is started with, beside its port and data directory. */
	List<String> arguments() {
		return switch (this.name) {
			case "dsl" -> List.of("--talknotes.search.engine=dsl");
			case "opensearch" -> List.of("--spring.profiles.active=opensearch",
					"--spring.jpa.properties.hibernate.search.backend.uris=" + this.openSearch.url());
			default -> List.of();
		};
	}

	/**
	 * Turns OpenSearch's shard request cache off for every index, as the benchmark caches
	 * no results (method, item 7): by default the node keeps the answers of requests that
	 * ask for no hits, such as a results page's note passages, and answers the same
	 * request again from its cache until the index changes. Does nothing for a Lucene
	 * index, where nothing keeps results.
	 */
	void turnOffResultCache() throws IOException, InterruptedException {
		if (!isRemote()) {
			return;
		}
		HttpRequest settings = HttpRequest.newBuilder(URI.create(this.openSearch.url() + "/_all/_settings"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"index\":{\"requests\":{\"cache\":{\"enable\":false}}}}"))
			.build();
		HttpResponse<String> answer = HttpClient.newHttpClient().send(settings, HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("OpenSearch kept its request cache: " + answer.body());
		}
	}

	/** How many searches the OpenSearch node answered from its shard request cache. */
	long resultCacheHits() throws IOException, InterruptedException {
		return statistic("/_stats/request_cache", CACHE_HITS);
	}

	/** The size of the index: its folder, or its primary shards in OpenSearch. */
	long indexMegabytes(Path dataDir) throws IOException, InterruptedException {
		if (!isRemote()) {
			return megabytes(dataDir.resolve("index"));
		}
		long bytes = statistic("/_stats/store", STORE_BYTES);
		return (bytes >= 0) ? bytes / (1024 * 1024) : -1;
	}

	/** The first number the pattern finds in one of the node's statistics, or -1. */
	private long statistic(String path, Pattern number) throws IOException, InterruptedException {
		HttpRequest stats = HttpRequest.newBuilder(URI.create(this.openSearch.url() + path)).build();
		String body = HttpClient.newHttpClient().send(stats, HttpResponse.BodyHandlers.ofString()).body();
		Matcher found = number.matcher(body);
		return found.find() ? Long.parseLong(found.group(1)) : -1;
	}

	static long megabytes(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum() / (1024 * 1024);
		}
	}

	/** Stops the OpenSearch node, if one was started, and deletes its data. */
	@Override
	public void close() throws IOException {
		if (this.openSearch != null) {
			this.openSearch.close();
		}
	}

}
