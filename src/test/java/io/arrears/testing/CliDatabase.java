package io.arrears.testing;

import java.util.List;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database a command-line test runs its commands on: the arguments that select it and
 * a data source to look at it directly.
 */
public record CliDatabase(List<String> arguments, DriverManagerDataSource dataSource) {

	/** An in-memory H2 database of the name, kept for the whole test JVM. */
	public static CliDatabase h2(String name) {
		String url = "jdbc:h2:mem:" + name + ";MODE=MySQL;DB_CLOSE_DELAY=-1";
		return new CliDatabase(List.of("--spring.datasource.url=" + url), new DriverManagerDataSource(url, "sa", ""));
	}

	/**
	 * The MySQL test database ({@link MySqlAvailable}), through {@code --db} as a user
	 * gives it.
	 */
	public static CliDatabase mySql() {
		return new CliDatabase(
				List.of("--db=" + MySqlAvailable.url(), "--db-user=" + MySqlAvailable.user(),
						"--db-password=" + MySqlAvailable.password()),
				new DriverManagerDataSource(MySqlAvailable.url(), MySqlAvailable.user(), MySqlAvailable.password()));
	}

}
