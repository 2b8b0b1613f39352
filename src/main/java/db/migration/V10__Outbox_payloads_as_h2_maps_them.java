package db.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The payloads of Hibernate Search's outbox events and agents are bytes of unbounded
 * length, which Hibernate maps to {@code bytea} on PostgreSQL, as V9 creates them, but to
 * {@code blob} on H2, where {@code bytea} is binary varying: on H2 the two columns become
 * blobs, so that the schema validates there too. No SQL names a type for both databases.
 */
public class V10__Outbox_payloads_as_h2_maps_them extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement alter = connection.createStatement()) {
			alter.execute("alter table hsearch_outbox_event alter column payload set data type blob");
			alter.execute("alter table hsearch_agent alter column payload set data type blob");
		}
	}

}
