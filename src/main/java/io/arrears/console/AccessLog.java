package io.arrears.console;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code access_log}: who saw which household, who downloaded which document naming
 * owners, and who was refused, with when (the personal-information law expects the
 * record). Appended to, never changed.
 */
@Component
public class AccessLog {

	/** The kinds of access recorded. */
	public enum Action {

		VIEW_HOUSEHOLD, DOWNLOAD, DENIED

	}

	/** One line of the log. */
	public record Entry(String user, LocalDateTime at, Action action, String target) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AccessLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(String user, Action action, String target) {
		jdbc.update("INSERT INTO access_log (username, accessed_at, action, target) VALUES (?, ?, ?, ?)", user,
				Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)), action.name(),
				target.length() > 500 ? target.substring(0, 500) : target);
	}

	/** The newest entries first. */
	public List<Entry> latest(int limit) {
		return jdbc.query(
				"SELECT username, accessed_at, action, target FROM access_log ORDER BY access_id DESC LIMIT ?",
				(rs, n) -> new Entry(rs.getString(1), rs.getTimestamp(2).toLocalDateTime(),
						Action.valueOf(rs.getString(3)), rs.getString(4)),
				limit);
	}

}
