package io.talknotes.imports;

import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The import journey on PostgreSQL, as in production: the {@code postgres} profile
 * against a real PostgreSQL server started for this class, so the migration that stores
 * uploads and a file of nearly 5 MB are tried there too.
 */
class PostgresImportJourneyTests extends AbstractImportJourneyTests {

	private EmbeddedPostgres postgres;

	@Override
	protected void startDatabase() throws Exception {
		this.postgres = EmbeddedPostgres.builder().start();
	}

	@Override
	protected void stopDatabase() throws Exception {
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Override
	protected List<String> applicationArguments(Path dataDir) {
		return List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir,
				"--spring.profiles.active=postgres",
				"--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
	}

}
