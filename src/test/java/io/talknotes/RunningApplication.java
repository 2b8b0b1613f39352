package io.talknotes;

import java.net.URI;
import java.util.List;

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
	 * Starts the application and waits until it serves requests.
	 * @param arguments command-line arguments such as {@code --server.port=0}
	 * @return the running application
	 */
	public static RunningApplication start(List<String> arguments) {
		return new RunningApplication(
				new SpringApplicationBuilder(TalknotesApplication.class).run(arguments.toArray(String[]::new)));
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
