package io.talknotes.figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.talknotes.figure.shorthand.UnitCatalogue;
import io.talknotes.system.TalknotesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The units figures can be written in: the built-in catalogue, plus the units an admin
 * taught in {@value UnitCatalogue#TAUGHT_FILE} in the data folder. The file is read once,
 * at start, so that a new unit needs a restart but no rebuild; a line that cannot be read
 * stops the start with a message naming the file and line, rather than leaving figures in
 * that unit silently unknown.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TalknotesProperties.class)
class UnitsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(UnitsConfiguration.class);

	@Bean
	UnitCatalogue unitCatalogue(TalknotesProperties properties) {
		return catalogue(taughtFile(properties));
	}

	/** Where an admin teaches units: {@code units.txt} in the data folder. */
	static Path taughtFile(TalknotesProperties properties) {
		return properties.dataDir().resolve(UnitCatalogue.TAUGHT_FILE).toAbsolutePath().normalize();
	}

	static UnitCatalogue catalogue(Path file) {
		if (!Files.isRegularFile(file)) {
			return UnitCatalogue.builtIn();
		}
		try {
			// A byte order mark, as some editors write, is not part of the first name
			List<String> lines = Files.readString(file, StandardCharsets.UTF_8)
				.replaceFirst("^\uFEFF", "")
				.lines()
				.toList();
			UnitCatalogue catalogue = UnitCatalogue.builtIn().teach(file.toString(), lines);
			int taught = catalogue.units().size() - UnitCatalogue.builtIn().units().size();
			log.info("Read {} unit(s) from {}", taught, file);
			return catalogue;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the unit catalogue " + file, ex);
		}
	}

}
