package io.arrears.testing;

import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the MySQL connection that a test's trigger holds in {@code SLEEP()}: the way the
 * tests stop a run at a chosen row, to kill its connection or its process there.
 */
public final class SleepingConnection {

	private SleepingConnection() {
	}

	/**
	 * The id of another connection of the database in {@code User sleep}, waiting up to
	 * {@code timeout} for one; null when none came.
	 */
	public static Long await(JdbcTemplate jdbc, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			List<Long> sleeping = jdbc.queryForList("""
					SELECT ID FROM information_schema.PROCESSLIST
					 WHERE DB = DATABASE() AND STATE = 'User sleep' AND ID <> CONNECTION_ID()""", Long.class);
			if (!sleeping.isEmpty()) {
				return sleeping.get(0);
			}
			Thread.sleep(50);
		}
		return null;
	}

}
