package io.arrears.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A database lock per job instance (a {@code run_lock} row such as
 * {@code dunning:2026-04-30}), held on a connection of its own for as long as the
 * instance runs. The server releases it when the holder's connection goes, so a process
 * killed with SIGKILL leaves no lock behind, while a process that is merely slow, or on
 * another node, keeps it. Nothing is written under it: the job commits its chunks on its
 * own connections as usual.
 * <p>
 * A separate table from the scheduler's {@code schedule_lock} on purpose: a scheduled run
 * holds that row for the job name while it calls the run that takes this one, and one row
 * locked twice by the same process on two connections would look busy to itself.
 */
@Component
public class RunLock {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	RunLock(DataSource dataSource, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * Runs the work holding the named lock; empty, without running it, when another holds
	 * it.
	 */
	public <T> Optional<T> holding(String name, Callable<T> work) throws Exception {
		ensureRow(name);
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				if (!lock(connection, name)) {
					return Optional.empty();
				}
				return Optional.ofNullable(work.call());
			}
			finally {
				// ends the transaction and with it the lock
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private static boolean lock(Connection connection, String name) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("SELECT lock_name FROM run_lock WHERE lock_name = ? FOR UPDATE SKIP LOCKED")) {
			select.setString(1, name);
			try (ResultSet row = select.executeQuery()) {
				return row.next();
			}
		}
	}

	private void ensureRow(String name) {
		// a plain read first: an INSERT would wait on the row while another process holds
		// it
		Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM run_lock WHERE lock_name = ?", Integer.class, name);
		if (rows != null && rows == 0) {
			try {
				jdbc.update("INSERT INTO run_lock (lock_name) VALUES (?)", name);
			}
			catch (DataIntegrityViolationException e) {
				// another process inserted it first: the row is what was needed
			}
		}
	}

}
