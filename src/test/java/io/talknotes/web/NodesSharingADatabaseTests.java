package io.talknotes.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.WebSession;
import io.talknotes.account.AccountService;
import io.talknotes.account.Role;
import io.talknotes.search.SearchIndex;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of Talknotes on one PostgreSQL, each with its own search index on its own
 * disk, over real HTTP: the nodes keep no state of their own that a person would notice
 * (a login made on one is valid on the other, and an account disabled on one is logged
 * out on both), each tells through its probes whether it can take traffic, and each shows
 * its request and search timings to Prometheus.
 */
class NodesSharingADatabaseTests {

	private static final Pattern SEARCH_COUNT = Pattern
		.compile("(?m)^talknotes_search_seconds_count(?:\\{[^}]*})? (\\S+)$");

	@TempDir
	static Path dataA;

	@TempDir
	static Path dataB;

	private static EmbeddedPostgres postgres;

	private static RunningApplication nodeA;

	private static RunningApplication nodeB;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	static void start() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		nodeA = RunningApplication.start(arguments(dataA));
		nodeB = RunningApplication.start(arguments(dataB));
		TestAccounts.create(nodeA);
	}

	private static List<String> arguments(Path dataDir) {
		return List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir,
				"--spring.profiles.active=postgres",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
	}

	@AfterAll
	static void stop() throws Exception {
		for (AutoCloseable closeable : new AutoCloseable[] { nodeA, nodeB, postgres }) {
			if (closeable != null) {
				closeable.close();
			}
		}
	}

	@Test
	void aLoginMadeOnOneNodeIsValidOnTheOther() throws Exception {
		WebSession onA = WebSession.loggedIn(nodeA, TestAccounts.EDITOR, TestAccounts.PASSWORD);
		String session = onA.cookie("JSESSIONID");

		HttpResponse<String> onB = getWithSession(nodeB, "/account/password", session);

		assertThat(onB.statusCode()).as("the password page on node B, with node A's session").isEqualTo(200);
		assertThat(onB.body()).contains("Ada");
		assertThat(getWithSession(nodeB, "/account/password", "no-such-session").statusCode())
			.as("without a valid session node B asks for a login")
			.isEqualTo(302);
		assertThat(new JdbcTemplate(nodeA.bean(DataSource.class)).queryForObject(
				"select count(*) from spring_session where principal_name = ?", Long.class, TestAccounts.EDITOR))
			.as("sessions of %s kept in the database", TestAccounts.EDITOR)
			.isPositive();
	}

	@Test
	void anAccountDisabledOnOneNodeIsLoggedOutOnTheOther() throws Exception {
		nodeA.bean(AccountService.class).create("nora", "Nora Node", Role.EDITOR, TestAccounts.PASSWORD);
		String session = WebSession.loggedIn(nodeB, "nora", TestAccounts.PASSWORD).cookie("JSESSIONID");
		assertThat(getWithSession(nodeB, "/account/password", session).statusCode()).isEqualTo(200);

		nodeA.bean(AccountService.class).enable("nora", false);

		HttpResponse<String> onB = getWithSession(nodeB, "/account/password", session);
		assertThat(onB.statusCode()).isEqualTo(302);
		assertThat(onB.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
	}

	@Test
	void readinessIsDownWhileTheIndexIsRebuiltAndLivenessStaysUp() throws Exception {
		assertThat(get(nodeA, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		CompletableFuture<Void> rebuilt;
		// Notes cannot be read while the table is locked: the rebuild waits for it.
		try (Connection connection = nodeA.bean(DataSource.class).getConnection()) {
			connection.setAutoCommit(false);
			try (Statement lock = connection.createStatement()) {
				lock.execute("lock table note in access exclusive mode");
			}
			rebuilt = nodeA.bean(SearchIndex.class).rebuild();

			HttpResponse<String> readiness = get(nodeA, "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("OUT_OF_SERVICE");
			assertThat(get(nodeA, "/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
			assertThat(get(nodeB, "/actuator/health/readiness").statusCode())
				.as("node B, with its own index, still takes traffic")
				.isEqualTo(200);
			connection.rollback();
		}
		rebuilt.join();
		assertThat(get(nodeA, "/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(get(nodeA, "/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void prometheusShowsHowLongSearchesTookToAdminsOnly() throws Exception {
		double before = searches(scrape(nodeA, "admin", TestAccounts.ADMIN_PASSWORD).body());

		assertThat(get(nodeA, "/search?q=helm").statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = scrape(nodeA, "admin", TestAccounts.ADMIN_PASSWORD);

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(searches(metrics.body())).isEqualTo(before + 1);
		assertThat(metrics.body()).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/search\"")
			.contains("talknotes_search_seconds_bucket");
		assertThat(scrape(nodeA, TestAccounts.READER, TestAccounts.PASSWORD).statusCode()).isEqualTo(403);
		assertThat(get(nodeA, "/actuator/prometheus").statusCode()).as("a visitor is sent to log in").isEqualTo(302);
	}

	private static double searches(String metrics) {
		Matcher count = SEARCH_COUNT.matcher(metrics);
		return count.find() ? Double.parseDouble(count.group(1)) : 0;
	}

	private HttpResponse<String> scrape(RunningApplication node, String username, String password) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(node.uri("/actuator/prometheus"))
			.header("Authorization", "Basic " + credentials)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(RunningApplication node, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(node.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> getWithSession(RunningApplication node, String path, String session) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
			.header("Cookie", "JSESSIONID=" + session)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
