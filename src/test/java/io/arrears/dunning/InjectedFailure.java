package io.arrears.dunning;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;

import org.h2.api.Trigger;

/**
 * An H2 trigger that refuses one household's stage on one date: a failure from outside
 * the job.
 */
public class InjectedFailure implements Trigger {

	static volatile String household;

	static volatile LocalDate asOf;

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		Object day = newRow[0];
		LocalDate date = day instanceof Date d ? d.toLocalDate() : (LocalDate) day;
		if (newRow[1].equals(household) && date.equals(asOf)) {
			throw new SQLException("injected failure for " + household + " on " + asOf);
		}
	}

}
