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

	/**
	 * Installs the trigger on an H2 database for the household and date (the console's
	 * browser test fails a dunning run with it).
	 */
	public static void install(org.springframework.jdbc.core.JdbcTemplate jdbc, String householdCode, LocalDate day) {
		household = householdCode;
		asOf = day;
		jdbc.execute("CREATE TRIGGER injected_failure BEFORE INSERT ON stage_history FOR EACH ROW CALL '"
				+ InjectedFailure.class.getName() + "'");
	}

	public static void remove(org.springframework.jdbc.core.JdbcTemplate jdbc) {
		jdbc.execute("DROP TRIGGER IF EXISTS injected_failure");
	}

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		Object day = newRow[0];
		LocalDate date = day instanceof Date d ? d.toLocalDate() : (LocalDate) day;
		if (newRow[1].equals(household) && date.equals(asOf)) {
			throw new SQLException("injected failure for " + household + " on " + asOf);
		}
	}

}
