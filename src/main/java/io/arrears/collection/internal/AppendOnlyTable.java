package io.arrears.collection.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The embedded database's guard of the append-only collection tables (collector, contact,
 * collection_hold, receipt): refuses every UPDATE and DELETE, as the MySQL triggers of
 * the same migrations do, naming the table. Only Flyway's SQL refers to it.
 */
public class AppendOnlyTable implements Trigger {

	private String table = "the table";

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.table = tableName.toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE")
				+ " is refused; record a new row instead", "45000");
	}

}
