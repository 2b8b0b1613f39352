package io.talknotes.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings, under the {@code talknotes.} prefix.
 *
 * @param dataDir folder holding the embedded database and the search index
 */
@ConfigurationProperties("talknotes")
public record TalknotesProperties(@DefaultValue("./data") Path dataDir) {

}
