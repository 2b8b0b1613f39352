package io.talknotes.system;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Reads {@code talknotes.data-dir} as an absolute path. The embedded database's address
 * is built from it, and H2 refuses a path such as {@code data} that is relative without
 * saying so ({@code ./data}); a folder given either way must simply work.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "talknotes.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String dataDir = environment.getProperty(PROPERTY);
		if (dataDir == null || dataDir.isBlank()) {
			return;
		}
		String absolute = Path.of(dataDir.strip()).toAbsolutePath().normalize().toString();
		if (!absolute.equals(dataDir)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("talknotesDataDirectory", Map.of(PROPERTY, absolute)));
		}
	}

	/** After the configuration files are read, so that every way of setting it counts. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
