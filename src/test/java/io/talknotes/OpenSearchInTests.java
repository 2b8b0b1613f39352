package io.talknotes;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch 2.19 node started inside the test JVM from Maven artifacts, listening on
 * a free port of 127.0.0.1.
 */
public final class OpenSearchInTests implements AutoCloseable {

	private final OpenSearchRunner runner;

	private final String url;

	private OpenSearchInTests(OpenSearchRunner runner, String url) {
		this.runner = runner;
		this.url = url;
	}

	/**
	 * Starts the node and waits until it answers.
	 * @param clusterName the cluster's name
	 * @return the running node
	 * @throws IOException if no port or folder can be had
	 */
	public static OpenSearchInTests start(String clusterName) throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		OpenSearchRunner runner = new OpenSearchRunner();
		runner.setMaxHttpPort(port);
		runner.onBuild((number, settings) -> settings.put("network.host", "127.0.0.1"))
			.build(OpenSearchRunner.newConfigs()
				.clusterName(clusterName)
				.numOfNode(1)
				.baseHttpPort(port - 1)
				.basePath(Files.createTempDirectory("opensearch").toString())
				.disableESLogger());
		runner.ensureYellow();
		return new OpenSearchInTests(runner, "http://127.0.0.1:" + port);
	}

	/** Its address, such as {@code http://127.0.0.1:41234}. */
	public String url() {
		return this.url;
	}

	/** Stops the node and deletes its data. */
	@Override
	public void close() throws IOException {
		this.runner.close();
		this.runner.clean();
	}

}
