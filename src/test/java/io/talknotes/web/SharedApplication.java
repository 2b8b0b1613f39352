package io.talknotes.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import io.talknotes.RunningApplication;
import io.talknotes.TalknotesApplication;
import io.talknotes.search.SearchIndex;
import jakarta.servlet.Filter;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.ConfigurableWebApplicationContext;

/**
 * One Talknotes for the tests that throw many requests at it, started on first use and
 * stopped when the test run ends: reachable over real HTTP on a free port of 127.0.0.1,
 * and through MockMvc with the same filters, for speed.
 */
final class SharedApplication {

	private static ConfigurableWebApplicationContext context;

	private static MockMvc mvc;

	private SharedApplication() {
	}

	/** The application's pages through MockMvc, every filter included. */
	static synchronized MockMvc mvc() {
		if (mvc == null) {
			DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context());
			context().getBeanProvider(Filter.class).orderedStream().forEach(builder::addFilters);
			mvc = builder.build();
		}
		return mvc;
	}

	/** A bean of the application, e.g. a service to call directly. */
	static <T> T bean(Class<T> type) {
		return context().getBean(type);
	}

	/** The address of a page over real HTTP, e.g. {@code uri("/talks")}. */
	static URI uri(String path) {
		int port = ((WebServerApplicationContext) context()).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static synchronized ConfigurableWebApplicationContext context() {
		if (context == null) {
			context = (ConfigurableWebApplicationContext) new SpringApplicationBuilder(TalknotesApplication.class)
				.run("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir());
			RunningApplication.awaitSearchIndex(context.getBean(SearchIndex.class));
		}
		return context;
	}

	private static Path dataDir() {
		try {
			Path target = Files.createDirectories(Path.of("target"));
			return Files.createTempDirectory(target, "shared-app-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
