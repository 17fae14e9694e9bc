package io.arrears.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs MySQL tests where the server answers; skips them loudly, or fails them in CI,
 * where not.
 * <p>
 * On a machine with a fresh MariaDB or MySQL, where root has no password (a Docker image
 * with an empty root password, or Debian's root by the local socket), the test database
 * and user do not exist yet: they are created as root, as {@code .ci/mysql-setup.sql}
 * does, so that the README's {@code mvn verify} runs the MySQL tests with no setup step.
 * Where that cannot be done, one line says which server, what was tried and why each
 * failed.
 */
public class MySqlAvailable implements ExecutionCondition {

	public static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/arrears_test"
			+ "?createDatabaseIfNotExist=true&connectTimeout=3000";

	private static final Pattern URL = Pattern.compile("(jdbc:(?:mysql|mariadb)://)([^/:?]+)(?::(\\d+))?/([^?]*).*");

	/**
	 * The URL the tests of this JVM use, for {@link MySqlTest}'s data source: set as this
	 * class loads, which JUnit does before any Spring context of a MySQL test starts.
	 */
	public static final String EFFECTIVE_URL_PROPERTY = "arrears.test.mysql.effective-url";

	private static Probe probed;

	static {
		System.setProperty(EFFECTIVE_URL_PROPERTY, url());
	}

	/** What the probe found: whether the tests can use the server, and if not why. */
	public record Probe(boolean usable, String why) {
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Probe probe = probe();
		if (probe.usable()) {
			return ConditionEvaluationResult.enabled("MySQL server reachable");
		}
		String message = "MySQL tests SKIPPED: " + probe.why();
		if (Boolean.getBoolean("arrears.test.require-mysql")) {
			throw new IllegalStateException(message.replace("SKIPPED", "REQUIRED but cannot run"));
		}
		System.err.println(message);
		return ConditionEvaluationResult.disabled(message);
	}

	/**
	 * The database of this JVM: {@code -Darrears.test.mysql.url} (or the default), its
	 * database name suffixed {@code _f<N>} in Surefire's fork N, so that forks running
	 * side by side never share tables.
	 */
	public static String url() {
		String url = System.getProperty("arrears.test.mysql.url", DEFAULT_URL);
		String fork = fork();
		return fork.isEmpty() ? url : url.replaceFirst("^(jdbc:[a-z]+://[^/]+/)([^?/]+)", "$1$2_f" + fork);
	}

	/**
	 * Surefire's fork number ({@code arrears.test.fork}, {@code f} and
	 * {@code surefire.forkNumber} in the pom), or empty outside a numbered fork.
	 */
	public static String fork() {
		String fork = System.getProperty("arrears.test.fork", "");
		return fork.matches("f\\d+") ? fork.substring(1) : "";
	}

	/**
	 * The output directory of the MySQL tests in this fork, as {@link MySqlTest} sets it,
	 * for commands run in a JVM of their own.
	 */
	public static String outputDir() {
		return "target/test-out/f" + (fork().isEmpty() ? "0" : fork()) + "/mysql";
	}

	public static String user() {
		return System.getProperty("arrears.test.mysql.user", "arrears");
	}

	public static String password() {
		return System.getProperty("arrears.test.mysql.password", "arrears");
	}

	/** The root password tried for the setup: none, as on a fresh install. */
	static String rootPassword() {
		return System.getProperty("arrears.test.mysql.root-password", "");
	}

	private static synchronized Probe probe() {
		if (probed == null) {
			probed = probe(url(), user(), password(), rootPassword());
		}
		return probed;
	}

	/**
	 * Connects as the tests will; when the server answers but refuses the user or lacks
	 * the database, creates both as root and connects again.
	 */
	public static Probe probe(String url, String user, String password, String rootPassword) {
		SQLException first = connect(url, user, password);
		if (first == null) {
			return new Probe(true, null);
		}
		Matcher m = URL.matcher(url);
		String server = m.matches() ? m.group(2) + ":" + (m.group(3) != null ? m.group(3) : "3306") : url;
		String refused = "user " + user + " cannot use " + url + " (" + oneLine(first.getMessage()) + ")";
		if (first.getSQLState() != null && first.getSQLState().startsWith("08")) {
			return new Probe(false, "no server answers at " + server + ": " + refused);
		}
		if (!m.matches() || m.group(4).isEmpty()) {
			return new Probe(false, refused + "; the URL names no database to create");
		}
		List<String> statements = setup(m.group(4), user, password, local(m.group(2)));
		List<String> tried = new ArrayList<>();
		String rootUrl = m.group(1) + m.group(2) + (m.group(3) != null ? ":" + m.group(3) : "")
				+ "/?connectTimeout=3000&allowPublicKeyRetrieval=true";
		String viaJdbc = asRoot(rootUrl, rootPassword, statements);
		if (viaJdbc == null) {
			return retry(url, user, password, server, refused,
					"created database " + m.group(4) + " and user " + user + " as root over JDBC");
		}
		tried.add("as root over JDBC" + (rootPassword.isEmpty() ? " without a password" : "") + ": " + viaJdbc);
		if (local(m.group(2))) {
			String viaClient = asRootWithClient(statements);
			if (viaClient == null) {
				return retry(url, user, password, server, refused,
						"created database " + m.group(4) + " and user " + user + " as root with the mysql client");
			}
			tried.add("as root with the mysql client by the local socket: " + viaClient);
		}
		return new Probe(false,
				"the server at " + server + " answers, but " + refused + "; creating the database and user failed "
						+ String.join("; ", tried)
						+ ". Create them once as an administrator: sudo mysql < .ci/mysql-setup.sql");
	}

	private static Probe retry(String url, String user, String password, String server, String refused, String done) {
		SQLException again = connect(url, user, password);
		if (again == null) {
			System.err.println("MySQL tests: " + refused + "; " + done + " on " + server);
			return new Probe(true, null);
		}
		return new Probe(false, refused + "; " + done + ", and still: " + oneLine(again.getMessage()));
	}

	/**
	 * The statements of .ci/mysql-setup.sql, for the URL's database, without its DROP.
	 */
	static List<String> setup(String database, String user, String password, boolean local) {
		List<String> hosts = local ? List.of("localhost", "127.0.0.1") : List.of("localhost", "127.0.0.1", "%");
		List<String> statements = new ArrayList<>();
		statements.add("CREATE DATABASE IF NOT EXISTS `" + database.replace("`", "") + "` CHARACTER SET utf8mb4");
		for (String host : hosts) {
			String account = "'" + user.replace("'", "") + "'@'" + host + "'";
			statements
				.add("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password.replace("'", "") + "'");
			statements.add("GRANT ALL ON `" + database.replace("`", "") + "`.* TO " + account);
			// tests of several scheduler nodes or audit runs use databases of their own
			statements.add("GRANT ALL ON `arrears\\_%`.* TO " + account);
		}
		statements.add("FLUSH PRIVILEGES");
		return statements;
	}

	/** Runs the statements as root, by whichever way works; for tests to clean up. */
	static void dropAsRoot(List<String> statements) {
		Matcher m = URL.matcher(url());
		if (!m.matches()) {
			return;
		}
		String rootUrl = m.group(1) + m.group(2) + (m.group(3) != null ? ":" + m.group(3) : "")
				+ "/?connectTimeout=3000&allowPublicKeyRetrieval=true";
		if (asRoot(rootUrl, rootPassword(), statements) != null && local(m.group(2))) {
			asRootWithClient(statements);
		}
	}

	private static String asRoot(String rootUrl, String rootPassword, List<String> statements) {
		try (Connection c = DriverManager.getConnection(rootUrl, "root", rootPassword);
				Statement s = c.createStatement()) {
			for (String statement : statements) {
				s.execute(statement);
			}
			return null;
		}
		catch (SQLException e) {
			return oneLine(e.getMessage());
		}
	}

	private static String asRootWithClient(List<String> statements) {
		try {
			Process client = new ProcessBuilder("mysql", "-uroot", "--connect-timeout=5").redirectErrorStream(true)
				.start();
			try (OutputStream in = client.getOutputStream()) {
				in.write((String.join(";\n", statements) + ";\n").getBytes(StandardCharsets.UTF_8));
			}
			if (!client.waitFor(20, TimeUnit.SECONDS)) {
				client.destroyForcibly();
				return "no answer in 20 s";
			}
			String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return client.exitValue() == 0 ? null : oneLine(output.isBlank() ? "exit " + client.exitValue() : output);
		}
		catch (IOException e) {
			return "no mysql client on the PATH";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	private static SQLException connect(String url, String user, String password) {
		try (Connection ignored = DriverManager.getConnection(url, user, password)) {
			return null;
		}
		catch (SQLException e) {
			return e;
		}
	}

	private static boolean local(String host) {
		return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
	}

}
