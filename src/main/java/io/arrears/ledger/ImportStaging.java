package io.arrears.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.ledger.LedgerFileRules.Decision;
import io.arrears.ledger.LedgerFileRules.Reversal;
import io.arrears.ledger.LedgerFileRules.Staged;
import io.arrears.ledger.LedgerFileRules.Target;
import io.arrears.ledger.LedgerFileRules.Verdict;

/**
 * The {@code import_row} table, where a ledger file waits while it is decided as a set:
 * staged in file order, read back by reference and by reversal target through ordered
 * streaming queries (one per step, never one per row), and deleted at the end. A run is a
 * job instance, so that a restarted import finds what it staged.
 */
class ImportStaging {

	static final String INSERT = """
			INSERT INTO import_row (run_id, line, reference, household_code, entry_type, fee_item, period, amount,
			    effective_date, recorded_at, reverses, recorded_at_given, line_text, line_length, verdict, reason)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	static final String DECIDE = "UPDATE import_row SET verdict = ?, reason = ? WHERE run_id = ? AND line = ?";

	static final String DELETE = "DELETE FROM import_row WHERE run_id = ?";

	private static final String STAGED = """
			s.line, s.reference, s.household_code, s.entry_type, s.fee_item, s.period, s.amount, s.effective_date,
			       s.recorded_at, s.reverses, s.recorded_at_given, s.verdict""";

	private static String ledger(String alias) {
		return LedgerEntries.COLUMNS.replaceAll("(\\w+)", alias + ".$1 AS " + alias + "_$1");
	}

	/**
	 * The undecided rows, by reference, each with the entry the ledger holds under its
	 * reference and whether its household is known. Decided rows drop out, so a restart
	 * goes on where the failed run stopped.
	 */
	static final String BY_REFERENCE = "SELECT " + STAGED + ", " + ledger("l") + """
			, h.household_code AS known_household
			  FROM import_row s
			  LEFT JOIN ledger_entry l ON l.reference = s.reference
			  LEFT JOIN household h ON h.household_code = s.household_code
			 WHERE s.run_id = ? AND s.verdict IS NULL
			 ORDER BY s.reference, s.line
			""";

	/**
	 * The pending reversals and their twins, by target, each with the target as the
	 * ledger holds it (the file's other entries are in it by now), the ledger's reversal
	 * of it, and what the file itself says under the target's reference.
	 */
	static final String BY_TARGET = "SELECT " + STAGED + ", " + ledger("t") + """
			,
			       (SELECT MIN(r.reference) FROM ledger_entry r WHERE r.reverses = s.reverses) AS reversed_by,
			       (SELECT MIN(f.line) FROM import_row f
			         WHERE f.run_id = s.run_id AND f.reference = s.reverses AND f.entry_type = 'REVERSAL')
			           AS file_reversal_line,
			       (SELECT MIN(f.line) FROM import_row f
			         WHERE f.run_id = s.run_id AND f.reference = s.reverses AND f.verdict = 'X') AS rejected_line
			  FROM import_row s
			  LEFT JOIN ledger_entry t ON t.reference = s.reverses
			 WHERE s.run_id = ? AND s.verdict IN ('P', 'T')
			 ORDER BY s.reverses, s.reference, s.line
			""";

	/** The rejected rows in file order, whichever step turned them away. */
	static final String REJECTED = """
			SELECT line, reason, line_text, line_length FROM import_row
			 WHERE run_id = ? AND verdict = 'X'
			 ORDER BY line
			""";

	/** A row of {@link #BY_REFERENCE}. */
	record ReferenceRow(Staged row, LedgerEntry stored, boolean householdKnown) {

		static ReferenceRow map(ResultSet rs, int i) throws SQLException {
			return new ReferenceRow(staged(rs), LedgerEntries.read(rs, "l_"), rs.getString("known_household") != null);
		}

	}

	/** The rows of one reference, as {@link LedgerFileRules#byReference} takes them. */
	record ReferenceGroup(List<Staged> rows, LedgerEntry stored, boolean householdKnown) {

		static ReferenceGroup of(List<ReferenceRow> rows) {
			ReferenceRow first = rows.get(0);
			return new ReferenceGroup(rows.stream().map(ReferenceRow::row).toList(), first.stored(),
					first.householdKnown());
		}

	}

	/** A row of {@link #BY_TARGET}. */
	record TargetRow(Reversal reversal, Target target) {

		static TargetRow map(ResultSet rs, int i) throws SQLException {
			Staged row = staged(rs);
			Target target = new Target(row.entry().reverses(), LedgerEntries.read(rs, "t_"),
					rs.getString("reversed_by"), rs.getObject("file_reversal_line", Integer.class),
					rs.getObject("rejected_line", Integer.class));
			return new TargetRow(new Reversal(row, Verdict.of(rs.getString("verdict"))), target);
		}

	}

	/** The reversals of one target, as {@link LedgerFileRules#byTarget} takes them. */
	record TargetGroup(Target target, List<Reversal> rows) {

		static TargetGroup of(List<TargetRow> rows) {
			return new TargetGroup(rows.get(0).target(), rows.stream().map(TargetRow::reversal).toList());
		}

	}

	private final JdbcTemplate jdbc;

	private final long run;

	ImportStaging(JdbcTemplate jdbc, long run) {
		this.jdbc = jdbc;
		this.run = run;
	}

	/** Stages parsed and rejected rows alike, with their text cut to what is kept. */
	void stage(List<? extends ImportRow<LedgerRow>> rows) {
		List<Object[]> values = new ArrayList<>(rows.size());
		for (ImportRow<LedgerRow> row : rows) {
			String text = Rejection.kept(row.text());
			if (row.isRejected()) {
				values.add(new Object[] { run, row.line(), null, null, null, null, null, null, null, null, null, null,
						text, row.text().length(), "X", clip(row.rejection()) });
			}
			else {
				Object[] entry = LedgerEntries.values(row.value().entry());
				Object[] staged = new Object[16];
				staged[0] = run;
				staged[1] = row.line();
				System.arraycopy(entry, 0, staged, 2, entry.length);
				staged[11] = row.value().recordedAtGiven();
				staged[12] = text;
				staged[13] = row.text().length();
				values.add(staged);
			}
		}
		jdbc.batchUpdate(INSERT, values);
	}

	/**
	 * Records the verdicts; the reversals pending stay in the table for the next step.
	 */
	void decide(List<Decision> decisions) {
		List<Object[]> values = new ArrayList<>(decisions.size());
		for (Decision d : decisions) {
			values.add(new Object[] { String.valueOf(d.verdict().code), d.reason() == null ? null : clip(d.reason()),
					run, d.line() });
		}
		jdbc.batchUpdate(DECIDE, values);
	}

	void delete() {
		jdbc.update(DELETE, run);
	}

	static Rejection rejection(ResultSet rs, int i) throws SQLException {
		return Rejection.of(rs.getInt("line"), rs.getString("reason"), rs.getString("line_text"),
				rs.getInt("line_length"));
	}

	private static Staged staged(ResultSet rs) throws SQLException {
		return new Staged(rs.getInt("line"), new LedgerRow(LedgerEntries.read(rs), rs.getBoolean("recorded_at_given")));
	}

	private static String clip(String reason) {
		return reason.length() <= Rejection.REASON_MAX ? reason : reason.substring(0, Rejection.REASON_MAX - 1) + "…";
	}

}
