package io.arrears.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The console's users, in {@code console_user}: added, listed and disabled from the
 * command line, read by the sign-in. There is no default user and no default password.
 * Only a BCrypt hash of a password is stored; a password is never logged or printed.
 *
 * <p>
 * {@value #MAX_FAILURES} failed sign-ins in a row lock the user for {@link #LOCK}: a
 * guessed password then takes years, not minutes. A success resets the count.
 */
@Component
public class ConsoleUsers implements UserDetailsService {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	/** The shortest password accepted. */
	public static final int MIN_PASSWORD = 10;

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final PasswordEncoder encoder = new BCryptPasswordEncoder();

	ConsoleUsers(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	PasswordEncoder encoder() {
		return encoder;
	}

	/**
	 * Adds a user; the password array is wiped once hashed.
	 * @throws IllegalArgumentException a bad name, a user already there, a collector code
	 * missing or given to another role, a password too short
	 */
	public ConsoleUser add(String name, Role role, String collectorCode, char[] password) {
		try {
			if (!NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("a user name is 1 to 64 letters, digits, '.', '_' or '-': " + name);
			}
			if ((role == Role.COLLECTOR) != (collectorCode != null)) {
				throw new IllegalArgumentException(role == Role.COLLECTOR
						? "a COLLECTOR is given --collector CODE, the collector whose work list is theirs"
						: "--collector goes with --role COLLECTOR only");
			}
			if (password.length < MIN_PASSWORD) {
				throw new IllegalArgumentException("the password is shorter than " + MIN_PASSWORD + " characters");
			}
			if (find(name).isPresent()) {
				throw new IllegalArgumentException("there is already a user " + name);
			}
			String hash = encoder.encode(java.nio.CharBuffer.wrap(password));
			jdbc.update(
					"INSERT INTO console_user (username, password_hash, role, collector_code, enabled, failed_logins,"
							+ " created_at) VALUES (?, ?, ?, ?, TRUE, 0, ?)",
					name, hash, role.name(), collectorCode, Timestamp.valueOf(now()));
			return find(name).orElseThrow();
		}
		finally {
			Arrays.fill(password, '\0');
		}
	}

	public List<ConsoleUser> list() {
		return jdbc.query("SELECT * FROM console_user ORDER BY username", (rs, n) -> user(rs));
	}

	/** Disables a user: it can no longer sign in. False when there is no such user. */
	public boolean disable(String name) {
		return jdbc.update("UPDATE console_user SET enabled = FALSE WHERE username = ?", name) == 1;
	}

	public Optional<ConsoleUser> find(String name) {
		return jdbc.query("SELECT * FROM console_user WHERE username = ?", (rs, n) -> user(rs), name)
			.stream()
			.findFirst();
	}

	@Override
	public UserDetails loadUserByUsername(String name) {
		String hash = jdbc
			.query("SELECT password_hash FROM console_user WHERE username = ?", (rs, n) -> rs.getString(1), name)
			.stream()
			.findFirst()
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		ConsoleUser user = find(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return User.withUsername(user.name())
			.password(hash)
			.roles(user.role().name())
			.disabled(!user.enabled())
			.accountLocked(user.isLocked(now()))
			.build();
	}

	/** A failed sign-in of {@code name}: the fifth in a row locks it. */
	void failed(String name) {
		jdbc.update("UPDATE console_user SET failed_logins = failed_logins + 1 WHERE username = ?", name);
		jdbc.update("UPDATE console_user SET failed_logins = 0, locked_until = ? WHERE username = ?"
				+ " AND failed_logins >= ?", Timestamp.valueOf(now().plus(LOCK)), name, MAX_FAILURES);
	}

	void succeeded(String name) {
		jdbc.update("UPDATE console_user SET failed_logins = 0, locked_until = NULL WHERE username = ?", name);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
	}

	private static ConsoleUser user(ResultSet rs) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new ConsoleUser(rs.getString("username"), Role.valueOf(rs.getString("role")),
				rs.getString("collector_code"), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
				locked == null ? null : locked.toLocalDateTime());
	}

}
