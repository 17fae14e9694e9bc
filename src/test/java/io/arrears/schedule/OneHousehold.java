package io.arrears.schedule;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The smallest estate a scheduled run has work in: one household owing 300.00 since
 * 2026-04-15. As of 2026-05-31 it is 46 days overdue (REMINDER_10), and that month-end
 * posts its late fee, 300.00 × 0.0003 × 46 days = 4.14.
 */
final class OneHousehold {

	static final String HOUSEHOLD = "H-1-1-101";

	private OneHousehold() {
	}

	static void load(JdbcTemplate jdbc) {
		jdbc.update("INSERT INTO estate (estate_code, name, company_name) VALUES ('E1', '翠苑小区', '翠苑物业')");
		jdbc.update(
				"INSERT INTO household (household_code, estate_code, building, unit, room) VALUES (?, 'E1', '1', '1', '101')",
				HOUSEHOLD);
		jdbc.update("INSERT INTO ledger_entry (reference, household_code, entry_type, fee_item, period, amount,"
				+ " effective_date, recorded_at) VALUES ('C-2026-04', ?, 'CHARGE', '物业费', '2026-04', 300.00, ?, ?)",
				HOUSEHOLD, LocalDate.parse("2026-04-15"), LocalDate.parse("2026-04-01").atStartOfDay());
	}

	/** The as-of dates of the Batch job executions, one entry per execution. */
	static List<String> executionsAsOf(JdbcTemplate jdbc) {
		return jdbc.queryForList("SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = 'as-of'"
				+ " ORDER BY PARAMETER_VALUE", String.class);
	}

	/** The as-of dates of one job's Batch executions, one entry per execution. */
	static List<String> executionsAsOf(JdbcTemplate jdbc, String job) {
		return jdbc.queryForList("""
				SELECT p.PARAMETER_VALUE
				  FROM BATCH_JOB_EXECUTION_PARAMS p
				  JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
				  JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				 WHERE p.PARAMETER_NAME = 'as-of' AND i.JOB_NAME = ?
				 ORDER BY p.PARAMETER_VALUE
				""", String.class, job);
	}

}
