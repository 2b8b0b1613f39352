package io.talknotes.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the query mix against {@code GET /search?q=} over loopback HTTP with a fixed
 * number of clients, each sending its next request when the previous one is answered, for
 * a bounded time.
 */
final class HttpLoad {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private final AtomicLong errors = new AtomicLong();

	HttpLoad(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Requests that failed or did not answer 200. */
	long errors() {
		return this.errors.get();
	}

	/** One request, timed; counted as an error unless it answers 200. */
	long timedRequest(BenchmarkQuery query) {
		HttpRequest request = HttpRequest
			.newBuilder(
					URI.create(this.baseUrl + "/search?q=" + URLEncoder.encode(query.typed(), StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(30))
			.build();
		long started = System.nanoTime();
		try {
			HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				this.errors.incrementAndGet();
			}
		}
		catch (Exception ex) {
			this.errors.incrementAndGet();
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
		return System.nanoTime() - started;
	}

	/**
	 * Sends the mix from {@code clients} threads for {@code duration}.
	 * @return every response time
	 */
	Latencies run(List<BenchmarkQuery> mix, int clients, Duration duration) throws InterruptedException {
		long deadline = System.nanoTime() + duration.toNanos();
		List<Latencies> perClient = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Latencies latencies = new Latencies();
			perClient.add(latencies);
			int offset = c * mix.size() / clients;
			threads.add(new Thread(() -> {
				for (int i = offset; System.nanoTime() < deadline; i++) {
					latencies.add(timedRequest(mix.get(i % mix.size())));
				}
			}, "http-client-" + c));
		}
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			thread.join();
		}
		return Latencies.merge(perClient);
	}

}
