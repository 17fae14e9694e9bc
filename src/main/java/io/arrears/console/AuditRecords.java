package io.arrears.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What {@code /audit} reads of the re-runs: {@code audit_run} and its
 * {@code audit_difference} rows, as the re-runs recorded them (the audit module writes
 * both; a run started from the console and one from {@code rerun} are the same rows).
 */
@Component
class AuditRecords {

	private final JdbcTemplate jdbc;

	AuditRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest runs first. */
	List<Map<String, Object>> runs(int limit) {
		return jdbc.queryForList(
				"SELECT run_id, job_name, mode, dry_run, from_date, to_date, started_at, finished_at,"
						+ " status, differences, report_csv, report_pdf FROM audit_run ORDER BY run_id DESC LIMIT ?",
				limit);
	}

	Optional<Map<String, Object>> run(long runId) {
		return jdbc.queryForList("SELECT * FROM audit_run WHERE run_id = ?", runId).stream().findFirst();
	}

	/** A run's rows in the order found: differences, and notices explained. */
	List<Map<String, Object>> differences(long runId, int limit) {
		return jdbc.queryForList("SELECT as_of, household_code, kind, subject, expected, recorded, finding, notice,"
				+ " cause, cause_reason, cause_reference, cause_until FROM audit_difference WHERE run_id = ?"
				+ " ORDER BY seq LIMIT ?", runId, limit);
	}

}
