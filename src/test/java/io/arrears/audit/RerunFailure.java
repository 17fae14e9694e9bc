package io.arrears.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.h2.api.Trigger;

/**
 * An H2 trigger that refuses a re-run's standing of one household on one date: a failure
 * from outside the re-run, half way through it.
 */
public class RerunFailure implements Trigger {

	static volatile String household;

	static volatile LocalDate asOf;

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		Object day = newRow[1];
		LocalDate date = day instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) day;
		if (newRow[2].equals(household) && date.equals(asOf)) {
			throw new SQLException("injected failure for " + household + " on " + asOf);
		}
	}

}
