package io.talknotes;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Talknotes run in a JVM of its own, started from its main class with the test's class
 * path, so that it can be killed the hard way ({@code kill -9}) while it works.
 */
public final class ChildApplication {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final Process process;

	private final String baseUrl;

	private final Path log;

	private ChildApplication(Process process, String baseUrl, Path log) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.log = log;
	}

	/**
	 * Starts the application on a free port of 127.0.0.1 and waits until
	 * {@code /actuator/health} answers UP.
	 * @param arguments the application's arguments besides its address and port
	 * @param log the file that receives what the application prints
	 * @return the running application
	 */
	public static ChildApplication start(List<String> arguments, Path log) throws IOException, InterruptedException {
		return launch(List.of("-cp", System.getProperty("java.class.path"), TalknotesApplication.class.getName()),
				arguments, log);
	}

	/**
	 * Starts the packaged application, as an operator runs it, on a free port of
	 * 127.0.0.1 and waits until {@code /actuator/health} answers UP.
	 * @param jar the executable jar
	 * @param jvmOptions options of the JVM besides its heap and compiler settings
	 * @param arguments the application's arguments besides its address and port
	 * @param log the file that receives what the application prints
	 * @return the running application
	 */
	public static ChildApplication startJar(Path jar, List<String> jvmOptions, List<String> arguments, Path log)
			throws IOException, InterruptedException {
		List<String> launcher = new ArrayList<>(jvmOptions);
		launcher.addAll(List.of("-jar", jar.toString()));
		return launch(launcher, arguments, log);
	}

	/**
	 * Starts the application with the command a container image gives as its entry point,
	 * in the image's working directory and with its environment, on a free port of
	 * 127.0.0.1, and waits until {@code /actuator/health} answers UP.
	 * @param entryPoint the command, starting with {@code java}, which is this JVM's
	 * @param directory the working directory
	 * @param environment variables set besides those of this process
	 * @param log the file that receives what the application prints
	 * @return the running application
	 */
	public static ChildApplication startEntryPoint(List<String> entryPoint, Path directory,
			Map<String, String> environment, Path log) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(entryPoint);
		command.set(0, javaExecutable());
		return launch(command, directory, environment, log);
	}

	/** The jar {@code package} built, beside its plain variant when there is one. */
	public static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files
				.filter((file) -> file.getFileName().toString().matches("talknotes-.*\\.jar")
						&& !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
		}
	}

	private static ChildApplication launch(List<String> launcher, List<String> arguments, Path log)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(javaExecutable(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		command.addAll(launcher);
		command.add("--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem");
		command.addAll(arguments);
		return launch(command, null, Map.of(), log);
	}

	private static ChildApplication launch(List<String> command, Path directory, Map<String, String> environment,
			Path log) throws IOException, InterruptedException {
		int port = freePort();
		List<String> listening = new ArrayList<>(command);
		listening.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
		ProcessBuilder builder = new ProcessBuilder(listening).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		builder.environment().putAll(environment);
		ChildApplication app = new ChildApplication(builder.start(), "http://127.0.0.1:" + port, log);
		app.awaitUp();
		return app;
	}

	/** The address the application listens on, without a trailing slash. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** What the application printed so far. */
	public String output() throws IOException {
		return Files.readString(this.log);
	}

	/** Kills the JVM at once, as {@code kill -9} does: nothing is closed or flushed. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Stops the application as an operator does: it closes what it has open. */
	public void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			kill();
		}
	}

	private void awaitUp() throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(this.baseUrl + "/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application stopped while starting:\n" + output());
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(100);
		}
		kill();
		throw new IllegalStateException("The application was not UP after " + START_TIMEOUT + ":\n" + output());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String javaExecutable() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

}
