package io.arrears.ledger;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The embedded database's guard of the append-only ledger: refuses every UPDATE and
 * DELETE of a ledger row, as the MySQL triggers of the same migration do.
 */
public class AppendOnly implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(newRow == null ? "ledger_entry is append-only: post a REVERSAL instead of DELETE"
				: "ledger_entry is append-only: post a REVERSAL or a new entry instead of UPDATE", "45000");
	}

}
