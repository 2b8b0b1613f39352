package io.talknotes.benchmark;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import io.talknotes.TalknotesApplication;
import io.talknotes.search.SearchIndex;
import io.talknotes.search.SearchIndex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts the application once with Spring's startup steps recorded and prints the
 * longest, as a Markdown table: where a start's time goes, bean by bean. A step's time
 * includes the steps it waits for (a controller's, the service it is given), so the table
 * reads from the top down.
 *
 * <p>
 * Usage: {@code StartupSteps [rows] [application arguments...]} (default 40 rows), as
 * {@code benchmarks/startup-steps.sh} runs it.
 */
public final class StartupSteps {

	private StartupSteps() {
	}

	public static void main(String[] args) throws InterruptedException {
		int rows = (args.length > 0 && args[0].matches("\\d+")) ? Integer.parseInt(args[0]) : 40;
		String[] arguments = (args.length > 0 && args[0].matches("\\d+"))
				? List.of(args).subList(1, args.length).toArray(String[]::new) : args;
		SpringApplication application = new SpringApplication(TalknotesApplication.class);
		// Named for the beans worked out at build time, with -Dspring.aot.enabled=true.
		application.setMainApplicationClass(TalknotesApplication.class);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
		application.setApplicationStartup(startup);
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = application.run(arguments)) {
			Duration run = Duration.ofNanos(System.nanoTime() - started);
			List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
			System.out.printf(Locale.ROOT, "%nStarted in %,d ms; %,d startup steps recorded; the %d longest:%n%n",
					run.toMillis(), events.size(), rows);
			System.out.println("| ms | step | what |");
			System.out.println("|---:|---|---|");
			events.stream()
				.sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
				.limit(rows)
				.forEach(
						(event) -> System.out.printf(Locale.ROOT, "| %,d | %s | %s |%n", event.getDuration().toMillis(),
								event.getStartupStep().getName(), what(event.getStartupStep())));
			// A first start builds the search index in the background: it is let finish
			// before the application stops.
			SearchIndex index = context.getBean(SearchIndex.class);
			while (!index.status().isReady()) {
				Thread.sleep(100);
			}
			index.merged().join();
		}
	}

	private static String what(StartupStep step) {
		return StreamSupport.stream(step.getTags().spliterator(), false)
			.filter((tag) -> !tag.getKey().equals("beanType"))
			.map((tag) -> tag.getKey() + "=" + tag.getValue().replaceAll("@[0-9a-f]+$", ""))
			.collect(Collectors.joining(" "));
	}

}
