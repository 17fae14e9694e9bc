package io.arrears.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.testing.CliDatabase;

/**
 * {@code users add|list|disable}: the password comes from standard input, is stored as a
 * BCrypt hash only and never printed; no user exists until one is added.
 */
class UsersCliTest {

	private static final CliDatabase DB = CliDatabase.h2("users-cli");

	private static final String PASSWORD = "a-long-enough-secret";

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private final InputStream stdin = System.in;

	@AfterEach
	void restoreStdin() {
		System.setIn(stdin);
	}

	private int run(String input, String... args) {
		System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
		String[] all = new String[args.length + DB.arguments().size()];
		System.arraycopy(args, 0, all, 0, args.length);
		for (int i = 0; i < DB.arguments().size(); i++) {
			all[args.length + i] = DB.arguments().get(i);
		}
		return Cli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	@Test
	void addListAndDisableWithThePasswordOnStandardInputOnly() {
		assertThat(run("", "users", "list")).isZero();
		assertThat(out.toString()).isEqualTo("name,role,collector,enabled,locked_until\n");

		assertThat(run(PASSWORD + "\n", "users", "add", "chen", "--role", "COLLECTOR", "--collector", "C01")).isZero();
		assertThat(run("short\n", "users", "add", "wang", "--role", "FINANCE")).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("shorter than 10");
		assertThat(run(PASSWORD + "\n", "users", "add", "li", "--role", "FINANCE", "--collector", "C01"))
			.isEqualTo(Cli.USAGE);
		assertThat(run(PASSWORD + "\n", "users", "add", "li", "--role", "FINANCE", "--password", PASSWORD))
			.isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("Unknown options: '--password'");
		assertThat(out.toString() + err.toString().replace("'" + PASSWORD + "'", "")).doesNotContain(PASSWORD);
		assertThat(run("", "users", "disable", "chen")).isZero();
		out.getBuffer().setLength(0);
		err.getBuffer().setLength(0);
		assertThat(run("", "users", "list")).isZero();

		assertThat(out.toString()).isEqualTo("name,role,collector,enabled,locked_until\nchen,COLLECTOR,C01,false,\n");
		assertThat(out.toString() + err).doesNotContain(PASSWORD);
		String hash = new JdbcTemplate(DB.dataSource())
			.queryForObject("SELECT password_hash FROM console_user WHERE username = 'chen'", String.class);
		assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
	}

}
