package io.arrears.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The core of the database locks ({@link RunLock} per job instance, the scheduler's per
 * job name): a row of a one-column table, locked with {@code SELECT … FOR UPDATE SKIP
 * LOCKED} on a connection of its own for as long as the work runs. The server releases it
 * when the holder's connection goes, so a process killed with SIGKILL leaves no lock
 * behind, while a process that is merely slow, or on another node, keeps it. Nothing is
 * written under it: the work commits on its own connections as usual.
 * <p>
 * Who holds a lock is written beside it, in {@code lock_holder}, committed at once, so
 * that a process refused the lock can say which process has it. That row is only ever
 * read by someone refused: it names the holder as of its last taking of the lock.
 */
public final class DatabaseLock {

	/** This process, as a refused one names it: pid and host. */
	public static final String THIS_PROCESS = "process " + ProcessHandle.current().pid() + " on " + host();

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final String table;

	private final String column;

	/**
	 * @param table the lock table, one row per lock name
	 * @param column its key column
	 */
	public DatabaseLock(DataSource dataSource, String table, String column) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.table = table;
		this.column = column;
	}

	/** Who took a lock last, and when. */
	public record Holder(String holder, LocalDateTime since) {
	}

	/**
	 * Runs the work holding the named lock; empty, without running it, when another holds
	 * it. Work that returns null is reported as an empty result too: return a value.
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
				recordHolder(name);
				return Optional.ofNullable(work.call());
			}
			finally {
				// ends the transaction and with it the lock
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	/** Who took the named lock last; empty if nobody is recorded. */
	public Optional<Holder> holder(String name) {
		try {
			List<Holder> rows = jdbc.query(
					"SELECT holder, since FROM lock_holder WHERE lock_table = ? AND lock_name = ?",
					(rs, n) -> new Holder(rs.getString(1), rs.getTimestamp(2).toLocalDateTime()), table, name);
			return rows.stream().findFirst();
		}
		catch (DataAccessException e) {
			// only ever said in a message: a missing row must not hide the refusal itself
			return Optional.empty();
		}
	}

	private boolean lock(Connection connection, String name) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT " + column + " FROM " + table + " WHERE " + column + " = ? FOR UPDATE SKIP LOCKED")) {
			select.setString(1, name);
			try (ResultSet row = select.executeQuery()) {
				return row.next();
			}
		}
	}

	private void ensureRow(String name) {
		// a plain read first: an INSERT would wait on the row while another process holds
		// it
		Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", Integer.class,
				name);
		if (rows != null && rows == 0) {
			try {
				jdbc.update("INSERT INTO " + table + " (" + column + ") VALUES (?)", name);
			}
			catch (DataIntegrityViolationException e) {
				// another process inserted it first: the row is what was needed
			}
		}
	}

	private void recordHolder(String name) {
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		try {
			if (jdbc.update("UPDATE lock_holder SET holder = ?, since = ? WHERE lock_table = ? AND lock_name = ?",
					THIS_PROCESS, now, table, name) == 0) {
				jdbc.update("INSERT INTO lock_holder (lock_table, lock_name, holder, since) VALUES (?, ?, ?, ?)", table,
						name, THIS_PROCESS, now);
			}
		}
		catch (DataAccessException e) {
			// two takers of a lock in turn racing on the insert: the row is informative
			// only
		}
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "an unknown host";
		}
	}

}
