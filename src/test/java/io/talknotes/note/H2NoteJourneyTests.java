package io.talknotes.note;

import java.nio.file.Path;
import java.util.List;

/**
 * The note journey on the embedded default: an H2 file database in the data directory.
 */
class H2NoteJourneyTests extends AbstractNoteJourneyTests {

	@Override
	protected List<String> applicationArguments(Path dataDir) {
		return List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir);
	}

}
