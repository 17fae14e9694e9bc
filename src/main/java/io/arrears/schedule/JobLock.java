package io.arrears.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.schedule.ScheduledJob.Outcome;

/**
 * A cluster-wide lock per job name: the job's {@code schedule_lock} row, locked for as
 * long as the job runs. The lock is held on a connection of its own, outside any
 * transaction of the job, so that the Batch job commits its chunks as usual; nothing is
 * written under it.
 */
@Component
class JobLock {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	JobLock(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** The work of one firing. */
	@FunctionalInterface
	interface Work {

		Outcome run() throws Exception;

	}

	/**
	 * Runs the work holding the job's lock; empty, without running it, when another node
	 * holds it.
	 */
	Optional<Outcome> runAlone(String job, Work work) throws Exception {
		ensureRow(job);
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				if (!lock(connection, job)) {
					return Optional.empty();
				}
				return Optional.of(work.run());
			}
			finally {
				// ends the transaction and with it the lock
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private static boolean lock(Connection connection, String job) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("SELECT job_name FROM schedule_lock WHERE job_name = ? FOR UPDATE SKIP LOCKED")) {
			select.setString(1, job);
			try (ResultSet row = select.executeQuery()) {
				return row.next();
			}
		}
	}

	private void ensureRow(String job) {
		// a plain read first: an INSERT ... SELECT would wait on the row while another
		// node holds it
		Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM schedule_lock WHERE job_name = ?", Integer.class, job);
		if (rows != null && rows == 0) {
			try {
				jdbc.update("INSERT INTO schedule_lock (job_name) VALUES (?)", job);
			}
			catch (DataIntegrityViolationException e) {
				// another node inserted it first: the row is what was needed
			}
		}
	}

}
