package io.arrears.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

/**
 * Empties every table between tests, the job repository's and the scheduler's too, so
 * that each test starts from a fresh ledger and may run the same job and date again.
 * TRUNCATE, not DELETE: the ledger refuses DELETE.
 */
public final class TestDatabase {

	private static final List<String> TABLES = List.of("import_reject", "import_row", "estate_document",
			"festival_card", "notice_line", "notice", "stage_history", "ledger_entry", "household", "estate",
			"BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
			"BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE", "QRTZ_FIRED_TRIGGERS",
			"QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS", "QRTZ_SIMPLE_TRIGGERS",
			"QRTZ_SIMPROP_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_TRIGGERS", "QRTZ_JOB_DETAILS",
			"QRTZ_CALENDARS", "schedule_lock", "audit_run", "audit_difference", "audit_restated", "audit_document",
			"audit_rerun_standing", "audit_rerun_fee", "audit_rerun_notice", "audit_card", "run_lock", "lock_holder",
			"collector", "contact", "collection_hold", "receipt", "notice_suppression", "console_user", "access_log",
			"waiver_approval", "review_rank", "collection_staged", "collection_staging");

	private TestDatabase() {
	}

	private static boolean exists(Connection c, String table) throws SQLException {
		for (String name : new String[] { table, table.toLowerCase(), table.toUpperCase() }) {
			try (var tables = c.getMetaData().getTables(c.getCatalog(), null, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	public static void wipe(DataSource dataSource) {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			boolean mysql = c.getMetaData().getDatabaseProductName().toLowerCase().matches(".*(mysql|mariadb).*");
			s.execute(mysql ? "SET FOREIGN_KEY_CHECKS = 0" : "SET REFERENTIAL_INTEGRITY FALSE");
			for (String table : TABLES) {
				if (exists(c, table)) {
					s.execute("TRUNCATE TABLE " + table);
				}
			}
			s.execute(mysql ? "SET FOREIGN_KEY_CHECKS = 1" : "SET REFERENTIAL_INTEGRITY TRUE");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot empty the test database: " + e.getMessage(), e);
		}
	}

}
