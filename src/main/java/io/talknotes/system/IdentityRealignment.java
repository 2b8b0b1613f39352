package io.talknotes.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.stereotype.Component;

/**
 * After the embedded database was killed, the generators of its identity columns can be
 * behind the rows it kept: H2 hands out the ids of its generators from a cache that it
 * does not always write before the rows that use them. The next note would then get the
 * id of a note already saved, and be refused. At every start, after the migrations, each
 * generator that is not past the largest id of its table is moved past it. PostgreSQL's
 * sequences never go back, so nothing is done there.
 */
@Component
class IdentityRealignment implements Callback {

	private static final Log logger = LogFactory.getLog(IdentityRealignment.class);

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			Connection connection = context.getConnection();
			if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
				realign(connection);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not check the identity columns", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "identity realignment";
	}

	/**
	 * Moves every identity generator of the schema that is not past the largest id of its
	 * table to the id after it.
	 * @return the columns moved, as {@code table.column}
	 */
	static List<String> realign(Connection connection) throws SQLException {
		List<String> moved = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			List<String[]> identities = new ArrayList<>();
			try (ResultSet columns = statement.executeQuery("select table_name, column_name, identity_base "
					+ "from information_schema.columns where is_identity = 'YES' and table_schema = current_schema")) {
				while (columns.next()) {
					identities.add(new String[] { columns.getString(1), columns.getString(2), columns.getString(3) });
				}
			}
			for (String[] identity : identities) {
				long next = Long.parseLong(identity[2]);
				long largest;
				try (ResultSet max = statement
					.executeQuery("select coalesce(max(\"" + identity[1] + "\"), 0) from \"" + identity[0] + "\"")) {
					max.next();
					largest = max.getLong(1);
				}
				if (largest >= next) {
					statement.execute("alter table \"" + identity[0] + "\" alter column \"" + identity[1]
							+ "\" restart with " + (largest + 1));
					logger.warn("The ids of " + identity[0] + "." + identity[1] + " went on from " + (largest + 1)
							+ " instead of " + next + ", which rows kept after an unclean stop already have");
					moved.add(identity[0] + "." + identity[1]);
				}
			}
		}
		return moved;
	}

}
