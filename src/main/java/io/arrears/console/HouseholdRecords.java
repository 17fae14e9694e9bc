package io.arrears.console;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the console's pages read of a household and of the estates, straight from the
 * tables the jobs and imports wrote: one query per section of a page, never one per row.
 * Rows are column-name maps (case-insensitive), as the templates show them.
 */
@Component
class HouseholdRecords {

	private final JdbcTemplate jdbc;

	HouseholdRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Map<String, Object>> household(String code) {
		return jdbc
			.queryForList("SELECT h.*, e.name AS estate_name FROM household h"
					+ " JOIN estate e ON e.estate_code = h.estate_code WHERE h.household_code = ?", code)
			.stream()
			.findFirst();
	}

	/**
	 * The statement of account as of {@code asOf}: nothing effective later; a waiver
	 * entered in the console with who approved it.
	 */
	List<Map<String, Object>> ledger(String code, LocalDate asOf) {
		return jdbc.queryForList("SELECT l.reference, l.entry_type, l.fee_item, l.period, l.amount, l.effective_date,"
				+ " l.reverses, w.approved_by FROM ledger_entry l LEFT JOIN waiver_approval w ON w.reference = l.reference"
				+ " WHERE l.household_code = ? AND l.effective_date <= ? ORDER BY l.effective_date, l.entry_id", code,
				Date.valueOf(asOf));
	}

	List<Map<String, Object>> stages(String code) {
		return jdbc.queryForList("SELECT as_of, stage, days_overdue, principal_overdue, late_fee_outstanding, team"
				+ " FROM stage_history WHERE household_code = ? ORDER BY as_of DESC LIMIT 90", code);
	}

	/**
	 * Every notice of the registry for the household, newest first, with where it was
	 * printed and how it reached the owner (the earliest receipt, as {@code import
	 * --receipts} recorded it on the row).
	 */
	List<Map<String, Object>> notices(String code) {
		return jdbc.queryForList("SELECT notice_id, kind, number, episode_due_date, issued_on, principal, late_fee,"
				+ " total, print_batch, first_page, last_page, received_on, delivery_method, tracking"
				+ " FROM notice WHERE household_code = ? ORDER BY issued_on DESC, notice_id DESC", code);
	}

	/** The household a notice of the registry belongs to, or empty when there is none. */
	Optional<String> noticeHousehold(long noticeId) {
		return jdbc.queryForList("SELECT household_code FROM notice WHERE notice_id = ?", String.class, noticeId)
			.stream()
			.findFirst();
	}

	List<Map<String, Object>> contacts(String code) {
		return jdbc.queryForList("SELECT reference, collector_code, contacted_on, channel, outcome, promise_date,"
				+ " promise_amount, note, recorded_at FROM contact WHERE household_code = ?"
				+ " ORDER BY contacted_on DESC, contact_id DESC", code);
	}

	List<Map<String, Object>> holds(String code) {
		return jdbc.queryForList("SELECT reference, reason, from_date, until_date, approved_by, note, recorded_at"
				+ " FROM collection_hold WHERE household_code = ? ORDER BY from_date DESC, hold_id DESC", code);
	}

	List<Map<String, Object>> receipts(String code) {
		return jdbc.queryForList("SELECT kind, number, episode_due_date, received_on, method, tracking"
				+ " FROM receipt WHERE household_code = ? ORDER BY received_on DESC", code);
	}

	List<Map<String, Object>> suppressions(String code) {
		return jdbc.queryForList("SELECT as_of, kind, number, cause, reason, cause_reference, until_date"
				+ " FROM notice_suppression WHERE household_code = ? ORDER BY as_of DESC LIMIT 30", code);
	}

	/** Households by stage and estate on the last date the dunning run recorded. */
	List<Map<String, Object>> stagesByEstate() {
		return jdbc.queryForList("SELECT h.estate_code, e.name AS estate_name, s.stage, COUNT(*) AS households,"
				+ " SUM(s.principal_overdue) AS principal FROM stage_history s"
				+ " JOIN household h ON h.household_code = s.household_code"
				+ " JOIN estate e ON e.estate_code = h.estate_code"
				+ " WHERE s.as_of = (SELECT MAX(as_of) FROM stage_history)"
				+ " GROUP BY h.estate_code, e.name, s.stage ORDER BY h.estate_code, s.stage");
	}

	static final String RECOVERY = """
			SELECT e.estate_code, e.name AS estate_name, COALESCE(o.opening, 0) AS opening,
			       COALESCE(p.recovered, 0) AS recovered
			  FROM estate e
			  LEFT JOIN (SELECT h.estate_code, SUM(s.principal_overdue) AS opening
			               FROM stage_history s JOIN household h ON h.household_code = s.household_code
			              WHERE s.as_of = (SELECT MAX(as_of) FROM stage_history WHERE as_of < ?)
			              GROUP BY h.estate_code) o ON o.estate_code = e.estate_code
			  LEFT JOIN (SELECT h.estate_code, SUM(l.amount) AS recovered
			               FROM ledger_entry l JOIN household h ON h.household_code = l.household_code
			              WHERE l.entry_type = 'PAYMENT' AND l.effective_date >= ? AND l.effective_date <= ?
			                AND NOT EXISTS (SELECT 1 FROM ledger_entry r
			                                 WHERE r.entry_type = 'REVERSAL' AND r.reverses = l.reference)
			                AND l.household_code IN (SELECT s.household_code FROM stage_history s
			                      WHERE s.as_of = (SELECT MAX(as_of) FROM stage_history WHERE as_of < ?)
			                        AND s.principal_overdue > 0)
			              GROUP BY h.estate_code) p ON p.estate_code = e.estate_code
			 ORDER BY e.estate_code
			""";

	/**
	 * Each estate's recovery in the month of {@code today}, up to it: one query over the
	 * stage history and the ledger.
	 */
	List<Recovery> recovery(LocalDate today) {
		Date start = Date.valueOf(today.withDayOfMonth(1));
		return jdbc.query(RECOVERY,
				(rs, n) -> new Recovery(rs.getString("estate_code"), rs.getString("estate_name"),
						rs.getBigDecimal("opening"), rs.getBigDecimal("recovered")),
				start, start, Date.valueOf(today), start);
	}

	Object lastRunDate() {
		return jdbc.queryForObject("SELECT MAX(as_of) FROM stage_history", Object.class);
	}

	/**
	 * An estate's households with their last stage, optionally those whose room starts
	 * so.
	 */
	List<Map<String, Object>> estateHouseholds(String estate, String room) {
		return jdbc.queryForList(
				"SELECT h.household_code, h.building, h.unit, h.room, s.stage, s.days_overdue,"
						+ " s.principal_overdue FROM household h LEFT JOIN stage_history s"
						+ " ON s.household_code = h.household_code AND s.as_of = (SELECT MAX(as_of) FROM stage_history)"
						+ " WHERE h.estate_code = ? AND h.room LIKE ? ORDER BY h.building, h.unit, h.room",
				estate, (room == null ? "" : room.replace("%", "").replace("_", "")) + "%");
	}

	Optional<Map<String, Object>> estate(String code) {
		return jdbc.queryForList("SELECT * FROM estate WHERE estate_code = ?", code).stream().findFirst();
	}

}
