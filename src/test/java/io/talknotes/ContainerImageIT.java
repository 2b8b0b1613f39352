package io.talknotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code Dockerfile}'s steps from the packaged jar to a running node, run on the
 * build's JVM, as far as they can be without a container engine: the build stage's
 * extraction of the jar into its layers, the runtime stage's layers put together, its
 * settings, its training run for the class data sharing archive and its entry point. Each
 * step is read from the {@code Dockerfile} itself, so a change there is tested here.
 */
class ContainerImageIT {

	private static final Pattern CONTINUED_LINE = Pattern.compile("\\\\\\n\\s*");

	private static final Pattern EXTRACT = Pattern
		.compile("java -Djarmode=tools -jar \\S+ extract (.+?) --destination (\\S+)");

	private static final Pattern LAYER = Pattern.compile("^COPY --from=build (\\S+)/ \\./$");

	private static final Pattern SETTING = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|(\\S+))");

	private static final Pattern ENTRY_POINT = Pattern.compile("^ENTRYPOINT \\[\"(.+)\"\\]$");

	/**
	 * Where the JVM's class loading log says a class of the dynamic archive came from.
	 */
	private static final String ARCHIVE = "shared objects file (top)";

	@TempDir
	Path directory;

	@Test
	void theTrainingRunMakesAnArchiveAndTheEntryPointStartsFromIt() throws Exception {
		// The image makes the JDK's base archive when its JVM has none; run here, that
		// would write into the JDK this build runs on.
		assumeTrue(new ProcessBuilder(java(), "-Xshare:on", "-version").redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start()
			.waitFor() == 0, "This JDK has no base class data sharing archive");
		List<String> build = stage(1);
		List<String> runtime = stage(2);
		Path app = Files.createDirectory(this.directory.resolve("app"));
		layers(build, runtime, app);

		Map<String, String> environment = new HashMap<>();
		environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
		String training = null;
		List<String> entryPoint = null;
		for (String instruction : runtime) {
			if (instruction.startsWith("ENV ")) {
				Matcher setting = SETTING.matcher(instruction.substring(4));
				while (setting.find()) {
					environment.put(setting.group(1), (setting.group(2) != null) ? setting.group(2) : setting.group(3));
				}
			}
			else if (instruction.startsWith("RUN ") && instruction.contains("-XX:ArchiveClassesAtExit")) {
				training = instruction.substring(4);
				run(training, app, environment);
			}
			Matcher entry = ENTRY_POINT.matcher(instruction);
			if (entry.matches()) {
				entryPoint = Arrays.asList(entry.group(1).split("\",\\s*\""));
			}
		}
		assertThat(training).as("the training run of the runtime stage").isNotNull();
		assertThat(entryPoint).as("the entry point").isNotNull().startsWith("java");
		List<String> command = entryPoint;
		String archive = command.stream()
			.filter((option) -> option.startsWith("-XX:SharedArchiveFile="))
			.map((option) -> option.substring("-XX:SharedArchiveFile=".length()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The entry point starts from no archive: " + command));
		assertThat(app.resolve(archive)).as("the archive the training run made").isNotEmptyFile();
		try (Stream<Path> files = Files.list(app)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.as("what the training run leaves in the image")
				.doesNotContain("training", "training.log");
		}

		// The volume's directory, and a record of where each class came from.
		environment.put("TALKNOTES_DATA_DIR", Files.createDirectory(this.directory.resolve("volume")).toString());
		Path classes = this.directory.resolve("classes.log");
		environment.merge("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes, (set, log) -> set + " " + log);
		ChildApplication node = ChildApplication.startEntryPoint(entryPoint, app, environment,
				this.directory.resolve("node.log"));
		try {
			assertThat(node.output()).contains("Starting AOT-processed TalknotesApplication");
			FormSession visitor = new FormSession(node.baseUrl());
			assertThat(visitor.get("/actuator/health/readiness").body()).contains("\"UP\"");
			assertThat(visitor.get("/talks/helm-3-deep-dive").body()).contains("Helm 3 Deep Dive");
			List<String> loaded = Files.readAllLines(classes);
			assertThat(source(loaded, TalknotesApplication.class.getName()))
				.as("where the application's class came from")
				.isEqualTo(ARCHIVE);
			assertThat(source(loaded, "org.springframework.boot.SpringApplication"))
				.as("where a class of a dependency came from")
				.isEqualTo(ARCHIVE);
		}
		finally {
			node.stop();
		}
		assertThat(this.directory.resolve("volume/db/talknotes.mv.db")).as("the database is in the volume").exists();
	}

	/** Where a class was loaded from, as the JVM's {@code class+load} log gives it. */
	private static String source(List<String> loaded, String className) {
		String prefix = " " + className + " source: ";
		return loaded.stream()
			.filter((line) -> line.contains(prefix))
			.map((line) -> line.substring(line.indexOf(prefix) + prefix.length()))
			.findFirst()
			.orElse("not loaded");
	}

	/**
	 * The build stage extracts the packaged jar; the runtime stage copies its layers into
	 * its working directory, in the order given.
	 */
	private void layers(List<String> build, List<String> runtime, Path app) throws Exception {
		Matcher extract = build.stream()
			.map(EXTRACT::matcher)
			.filter(Matcher::find)
			.findFirst()
			.orElseThrow(() -> new AssertionError("The build stage extracts no jar"));
		Path layers = this.directory.resolve("layers");
		List<String> command = new ArrayList<>(
				List.of(java(), "-Djarmode=tools", "-jar", ChildApplication.packagedJar().toString(), "extract"));
		command.addAll(Arrays.asList(extract.group(1).split(" ")));
		command.addAll(List.of("--destination", layers.toString()));
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as("the jar is extracted").isZero();
		int copied = 0;
		for (String instruction : runtime) {
			Matcher layer = LAYER.matcher(instruction);
			if (layer.matches()) {
				copy(layers.resolve(Path.of(extract.group(2)).relativize(Path.of(layer.group(1)))), app);
				copied++;
			}
		}
		assertThat(copied).as("layers copied into the image").isGreaterThan(1);
	}

	private static void run(String shellCommand, Path directory, Map<String, String> environment)
			throws IOException, InterruptedException {
		ProcessBuilder shell = new ProcessBuilder("sh", "-c", shellCommand).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolveSibling("training-run.log").toFile());
		shell.environment().putAll(environment);
		Process process = shell.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the training run ends").isTrue();
		assertThat(process.exitValue())
			.as("the training run succeeds: %s", Files.readString(directory.resolveSibling("training-run.log")))
			.isZero();
	}

	/** The instructions of the Dockerfile's n-th stage, each on one line, no comments. */
	private static List<String> stage(int n) throws IOException {
		String dockerfile = CONTINUED_LINE.matcher(Files.readString(Path.of("Dockerfile"))).replaceAll(" ");
		List<String> instructions = new ArrayList<>();
		int stage = 0;
		for (String line : dockerfile.split("\n")) {
			if (line.startsWith("FROM ")) {
				stage++;
			}
			else if (stage == n && !line.isBlank() && !line.startsWith("#")) {
				instructions.add(line.strip());
			}
		}
		return instructions;
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
