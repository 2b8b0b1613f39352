package io.talknotes.system;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.talknotes.RunningApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** A data folder given as a relative path works as one given absolute. */
class DataDirectoryTests {

	@Test
	void readsARelativeFolderFromTheWorkingDirectory() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addLast(new MapPropertySource("arguments", Map.of(DataDirectory.PROPERTY, "team-notes")));

		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(DataDirectory.PROPERTY))
			.isEqualTo(Path.of("team-notes").toAbsolutePath().toString());
	}

	@Test
	void theAppStartsOnAFolderNamedWithoutDotSlash() throws Exception {
		Path relative = Path.of("target", "data-" + UUID.randomUUID());
		try (RunningApplication app = RunningApplication
			.start(List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + relative))) {
			HttpResponse<String> health = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(app.uri("/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());

			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(relative.resolve("db")).isDirectory();
			assertThat(relative.resolve("index")).isDirectory();
		}
		finally {
			deleteRecursively(relative);
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> paths = Files.walk(folder)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

}
