package io.talknotes;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.talknotes.search.SearchIndex;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Talknotes started the way it runs for real: from its main class with command-line
 * arguments, serving HTTP on the port the arguments ask for (0: any free port).
 */
public final class RunningApplication implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final URI baseUri;

	private RunningApplication(ConfigurableApplicationContext context) {
		this.context = context;
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.baseUri = URI.create("http://127.0.0.1:" + port);
	}

	/**
	 * Starts the application and waits until it serves requests. The account
	 * {@code admin} has the password {@link TestAccounts#ADMIN_PASSWORD}.
	 * @param arguments command-line arguments such as {@code --server.port=0}
	 * @return the running application
	 */
	public static RunningApplication start(List<String> arguments) {
		List<String> all = new ArrayList<>(arguments);
		all.add(0, "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem");
		all.add(0, "--talknotes.admin.password=" + TestAccounts.ADMIN_PASSWORD);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TalknotesApplication.class)
			.run(all.toArray(String[]::new));
		awaitSearchIndex(context.getBean(SearchIndex.class));
		return new RunningApplication(context);
	}

	/** Whether the last start found the search index up to date, or had to rebuild it. */
	public boolean rebuiltSearchIndex() {
		return this.context.getBean(SearchIndex.class).rebuiltAtStart();
	}

	/** Waits until search answers: the index is built, or found up to date. */
	public static void awaitSearchIndex(SearchIndex index) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!index.status().isReady()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Search index not ready after 60 s: " + index.status());
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** A bean of the running application, e.g. a service to call directly. */
	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** Every bean of this type. */
	public <T> java.util.Collection<T> beans(Class<T> type) {
		return this.context.getBeansOfType(type).values();
	}

	/** The bean of this name and type, where several have the type. */
	public <T> T bean(String name, Class<T> type) {
		return this.context.getBean(name, type);
	}

	/** The address of a page, e.g. {@code uri("/talks")}. */
	public URI uri(String path) {
		return this.baseUri.resolve(path);
	}

	/** The address the application listens on, without a trailing slash. */
	public String baseUrl() {
		return this.baseUri.toString();
	}

	/** Stops the web server and closes the database connections. */
	@Override
	public void close() {
		this.context.close();
	}

}
