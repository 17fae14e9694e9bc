package io.arrears.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs MySQL tests where the server answers; skips them loudly, or fails them in CI,
 * where not.
 */
public class MySqlAvailable implements ExecutionCondition {

	public static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/arrears_test"
			+ "?createDatabaseIfNotExist=true&connectTimeout=3000";

	private static Boolean reachable;

	private static String why;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (reachable == null) {
			probe();
		}
		if (reachable) {
			return ConditionEvaluationResult.enabled("MySQL server reachable");
		}
		String message = "MySQL tests SKIPPED: no server at " + url() + " (" + why + ")";
		if (Boolean.getBoolean("arrears.test.require-mysql")) {
			throw new IllegalStateException(message.replace("SKIPPED", "REQUIRED but cannot run"));
		}
		System.err.println(message);
		return ConditionEvaluationResult.disabled(message);
	}

	public static String url() {
		return System.getProperty("arrears.test.mysql.url", DEFAULT_URL);
	}

	public static String user() {
		return System.getProperty("arrears.test.mysql.user", "arrears");
	}

	public static String password() {
		return System.getProperty("arrears.test.mysql.password", "arrears");
	}

	private static synchronized void probe() {
		try (Connection ignored = DriverManager.getConnection(url(), user(), password())) {
			reachable = true;
		}
		catch (SQLException e) {
			reachable = false;
			why = e.getMessage();
		}
	}

}
