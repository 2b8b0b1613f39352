package io.talknotes.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * The import journey on the embedded H2 database.
 */
class H2ImportJourneyTests extends AbstractImportJourneyTests {

	@Override
	protected void startDatabase() {
	}

	@Override
	protected void stopDatabase() {
	}

	@Override
	protected List<String> applicationArguments(Path dataDir) {
		return List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir);
	}

}
