package io.talknotes.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.talknotes.ChildApplication;
import io.talknotes.FormSession;

/**
 * Several people adding notes as fast as the application takes them. Each note carries a
 * word of its own, so that it can be looked for in the database and in search; a note
 * counts as confirmed when the application answered its form with a redirect.
 */
public final class NoteBurst {

	/**
	 * Begins the text of every note of a burst, so the database can be asked for them.
	 */
	public static final String PREFIX = "Burst note ";

	private static final List<String> TALKS = List.of("helm-3-deep-dive", "gitops-user-stories",
			"kubernetes-at-reddit-tales-from-production",
			"cortex-101-horizontally-scalable-long-term-storage-for-prometheus");

	/** The word of every note posted, confirmed or not. */
	public final Set<String> attempted = ConcurrentHashMap.newKeySet();

	/** The word of every note the application confirmed. */
	public final Set<String> confirmed = ConcurrentHashMap.newKeySet();

	private final AtomicInteger refused = new AtomicInteger();

	/** The status of the first refused note, and where it was sent, to tell why. */
	private final java.util.concurrent.atomic.AtomicReference<String> firstRefusal = new java.util.concurrent.atomic.AtomicReference<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	/**
	 * Posts notes from one client per talk until the application dies.
	 * @param app the application to write to
	 * @param killAfterMillis how long after the first confirmed note the application is
	 * killed
	 * @param password the admin password, for when the application asks to log in
	 */
	public void runAndKill(ChildApplication app, long killAfterMillis, String password) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(TALKS.size());
		try {
			for (String talk : TALKS) {
				clients.submit(() -> post(app.baseUrl(), talk, password));
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (this.confirmed.isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			Thread.sleep(killAfterMillis);
			app.kill();
		}
		finally {
			this.running.set(false);
			clients.shutdown();
			clients.awaitTermination(30, TimeUnit.SECONDS);
		}
		if (this.refused.get() > 0) {
			throw new IllegalStateException(this.refused.get()
					+ " notes were refused while the application ran, the first: " + this.firstRefusal.get());
		}
	}

	private Void post(String baseUrl, String talk, String password) throws Exception {
		FormSession session = new FormSession(baseUrl);
		session.logIn("admin", password);
		String page = "/talks/" + talk;
		while (this.running.get()) {
			String word = randomWord();
			this.attempted.add(word);
			HttpResponse<String> answer;
			try {
				answer = session.post(page, page + "/notes",
						Map.of("body", PREFIX + word + " about a crash", "author", "Burst Writer"));
			}
			catch (IOException ex) {
				// The application is gone: this note was never confirmed.
				return null;
			}
			if (answer.statusCode() / 100 == 3) {
				this.confirmed.add(word);
			}
			else {
				this.refused.incrementAndGet();
				this.firstRefusal.compareAndSet(null,
						answer.statusCode() + " " + answer.headers().firstValue("Location").orElse("") + " "
								+ answer.body().lines().filter((line) -> line.contains("<h1>")).findFirst().orElse(""));
			}
		}
		return null;
	}

	/** Letters only: the analysis keeps such a word whole. */
	private static String randomWord() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 12; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
