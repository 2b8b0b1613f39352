package io.talknotes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.talknotes.system.TalknotesProperties;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster shape of {@code docker-compose.yml}, its {@code Dockerfile} and the load
 * balancer's {@code docker/nginx.conf} agree with each other and with the application's
 * settings: every variable the nodes are given is one the application reads, the
 * addresses name the services that exist with the ports they listen on, and the health
 * check asks a probe the application answers.
 */
class ClusterShapeTests {

	private static final Path PROJECT = Path.of("").toAbsolutePath();

	private static final Pattern UPSTREAM_SERVER = Pattern.compile("^\\s*server\\s+([\\w.-]+):(\\d+)",
			Pattern.MULTILINE);

	private final Map<String, Map<String, Object>> services = services();

	@Test
	void theNodesAreGivenOnlyVariablesTheApplicationReads() {
		String settings = settings();
		for (String node : nodes()) {
			Map<String, String> environment = environment(node);
			assertThat(environment).as("environment of %s", node).isNotEmpty();
			for (String variable : environment.keySet()) {
				if (!variable.equals("SPRING_PROFILES_ACTIVE")) {
					assertThat(settings.contains("${" + variable + ":") || settings.contains("${" + variable + "}")
							|| setsATalknotesProperty(variable))
						.as("%s given to %s is read by the application", variable, node)
						.isTrue();
				}
			}
			for (String profile : environment.get("SPRING_PROFILES_ACTIVE").split(",")) {
				assertThat(PROJECT.resolve("src/main/resources/application-" + profile.strip() + ".properties"))
					.as("profile %s of %s", profile, node)
					.exists();
			}
		}
	}

	@Test
	void theNodesReachTheDatabaseAndTheSearchClusterOfTheComposeFile() {
		Map<String, String> postgres = environment("postgres");
		for (String node : nodes()) {
			Map<String, String> environment = environment(node);
			URI database = URI.create(environment.get("TALKNOTES_DB_URL").substring("jdbc:".length()));
			assertThat(database.getScheme()).isEqualTo("postgresql");
			assertThat(this.services).as("services").containsKey(database.getHost());
			assertThat(database.getPort()).isEqualTo(5432);
			assertThat(database.getPath()).isEqualTo("/" + postgres.get("POSTGRES_DB"));
			assertThat(environment.get("TALKNOTES_DB_USER")).isEqualTo(postgres.get("POSTGRES_USER"));
			assertThat(environment.get("TALKNOTES_DB_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));

			URI search = URI.create(environment.get("TALKNOTES_SEARCH_URL"));
			assertThat(search.getHost()).isEqualTo("opensearch");
			assertThat(this.services).containsKey(search.getHost());
			assertThat(search.getPort()).isEqualTo(9200);
			assertThat(dependencies(node)).as("%s waits for", node).contains(database.getHost(), search.getHost());
		}
	}

	@Test
	void theLoadBalancerSendsToEveryNodeOnThePortTheImageExposes() throws IOException {
		String nginx = Files.readString(PROJECT.resolve("docker/nginx.conf"));
		Matcher servers = UPSTREAM_SERVER.matcher(nginx);
		Set<String> upstream = new LinkedHashSet<>();
		while (servers.find()) {
			upstream.add(servers.group(1));
			assertThat(Integer.parseInt(servers.group(2))).as("port of %s", servers.group(1))
				.isEqualTo(exposedPort())
				.isEqualTo(serverPort());
		}
		assertThat(upstream).containsExactlyInAnyOrderElementsOf(nodes());
		assertThat(nodes()).hasSizeGreaterThanOrEqualTo(2);
		Map<String, Object> lb = this.services.get("lb");
		assertThat(((List<?>) lb.get("volumes")))
			.anySatisfy((volume) -> assertThat((String) volume).startsWith("./docker/nginx.conf:/etc/nginx/conf.d/"));
		assertThat(dependencies("lb")).containsExactlyInAnyOrderElementsOf(nodes());
	}

	@Test
	void everyPublishedPortListensOnTheLoopbackOnly() {
		this.services.forEach((name, service) -> {
			for (Object port : (List<?>) service.getOrDefault("ports", List.of())) {
				assertThat((String) port).as("port published by %s", name).startsWith("127.0.0.1:");
			}
		});
	}

	@Test
	void theImageRunsWithTheMemorySettingsTheReadmeRecommends() throws IOException {
		String dockerfile = Files.readString(PROJECT.resolve("Dockerfile"));
		Matcher options = Pattern.compile("(?m)^\\s+JAVA_TOOL_OPTIONS=\"([^\"]+)\"").matcher(dockerfile);
		assertThat(options.find()).as("JVM options in the Dockerfile").isTrue();
		assertThat(options.group(1)).contains("-Xmx");
		String readme = Files.readString(PROJECT.resolve("README.md")).replace(" \\\n  ", " ");
		assertThat(readme).contains("java " + options.group(1) + " -jar");
		assertThat(dockerfile).contains("MALLOC_ARENA_MAX=2");
		assertThat(readme).contains("export MALLOC_ARENA_MAX=2");
	}

	@Test
	void theImageRunsAsAnotherUserThanRootAndChecksTheReadinessProbe() throws IOException {
		String dockerfile = Files.readString(PROJECT.resolve("Dockerfile"));
		assertThat(dockerfile).containsPattern("(?m)^USER talknotes$");
		assertThat(dockerfile).contains("extract --layers");
		Matcher check = Pattern.compile("HEALTHCHECK[^\\n]*\\\\\\n\\s*CMD .*GET (/\\S+) HTTP").matcher(dockerfile);
		assertThat(check.find()).as("a health check that asks a page").isTrue();
		assertThat(check.group(1)).isEqualTo("/actuator/health/readiness");
		Properties application = properties("application.properties");
		assertThat(application.getProperty("management.endpoint.health.group.readiness.include"))
			.as("the readiness probe the health check asks")
			.isNotBlank();
	}

	/**
	 * Whether the variable sets one of the {@code talknotes.*} properties, as Boot reads
	 * them.
	 */
	private static boolean setsATalknotesProperty(String variable) {
		String marker = "set-from-" + variable;
		Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, marker))));
		return binder.bind("talknotes", TalknotesProperties.class)
			.map((properties) -> properties.toString().contains(marker))
			.orElse(false);
	}

	private Set<String> nodes() {
		return this.services.entrySet()
			.stream()
			.filter((service) -> ".".equals(service.getValue().get("build")))
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> environment(String service) {
		Map<String, Object> environment = (Map<String, Object>) this.services.get(service).get("environment");
		return environment.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> String.valueOf(entry.getValue())));
	}

	@SuppressWarnings("unchecked")
	private Set<String> dependencies(String service) {
		return ((Map<String, Object>) this.services.get(service).get("depends_on")).keySet();
	}

	private static int exposedPort() throws IOException {
		Matcher expose = Pattern.compile("(?m)^EXPOSE (\\d+)$")
			.matcher(Files.readString(PROJECT.resolve("Dockerfile")));
		assertThat(expose.find()).isTrue();
		return Integer.parseInt(expose.group(1));
	}

	private static int serverPort() {
		return Integer.parseInt(properties("application.properties").getProperty("server.port", "8080"));
	}

	/** The application's settings files, all of them, as one text. */
	private static String settings() {
		try (var files = Files.list(PROJECT.resolve("src/main/resources"))) {
			return files.filter((file) -> file.getFileName().toString().matches("application.*\\.properties"))
				.map((file) -> {
					try {
						return Files.readString(file);
					}
					catch (IOException ex) {
						throw new IllegalStateException(ex);
					}
				})
				.collect(Collectors.joining("\n"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Properties properties(String name) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(PROJECT.resolve("src/main/resources").resolve(name))) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> services() {
		try (InputStream in = Files.newInputStream(PROJECT.resolve("docker-compose.yml"))) {
			Map<String, Object> compose = new Yaml().load(in);
			return (Map<String, Map<String, Object>>) compose.get("services");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
