package io.arrears.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

/**
 * What the database needs just to read the ledger: one set-based statement that computes
 * each household's overdue principal and the due date of its oldest overdue charge
 * (payments allocated oldest charge first, as SPEC §2 does, without reversals, late fees
 * or credit), every row streamed to this process as the dunning reader's are. The dunning
 * step cannot be faster than this by much: it reads the same rows, then does more with
 * them.
 */
final class Floor {

	// the running total of charges against all that was paid: a charge whose running
	// total exceeds
	// the payments is (partly) unpaid, and the oldest such is the oldest overdue
	static final String OVERDUE = """
			SELECT household_code,
			       GREATEST(SUM(CASE WHEN entry_type = 'CHARGE' AND effective_date < ? THEN amount ELSE 0 END)
			                - MAX(paid), 0) AS principal_overdue,
			       MIN(CASE WHEN entry_type = 'CHARGE' AND effective_date < ? AND charged > paid
			                THEN effective_date END) AS oldest_due_date
			  FROM (SELECT h.household_code, e.entry_type, e.effective_date, e.amount,
			               SUM(CASE WHEN e.entry_type = 'CHARGE' THEN e.amount ELSE 0 END)
			                   OVER (PARTITION BY h.household_code ORDER BY e.effective_date, e.reference
			                         ROWS UNBOUNDED PRECEDING) AS charged,
			               COALESCE(SUM(CASE WHEN e.entry_type = 'PAYMENT' THEN e.amount ELSE 0 END)
			                   OVER (PARTITION BY h.household_code), 0) AS paid
			          FROM household h
			          LEFT JOIN ledger_entry e
			            ON e.household_code = h.household_code
			           AND e.effective_date <= ?
			       ) ledger
			 GROUP BY household_code
			""";

	/**
	 * The same answer as one grouped pass in key order: overdue principal as all charges
	 * due before the date less all payments, and the oldest due date of a charge due
	 * before it. Not the allocation's oldest overdue charge once a household has paid
	 * part of its arrears, but it reads exactly the rows the dunning step reads, in the
	 * same order, with no sort: the strictest honest floor.
	 */
	static final String GROUPED = """
			SELECT h.household_code,
			       GREATEST(SUM(CASE WHEN e.entry_type = 'CHARGE' AND e.effective_date < ? THEN e.amount ELSE 0 END)
			                - SUM(CASE WHEN e.entry_type = 'PAYMENT' THEN e.amount ELSE 0 END), 0) AS principal_overdue,
			       MIN(CASE WHEN e.entry_type = 'CHARGE' AND e.effective_date < ? THEN e.effective_date END)
			           AS oldest_due_date
			  FROM household h
			  LEFT JOIN ledger_entry e
			    ON e.household_code = h.household_code
			   AND e.effective_date <= ?
			 GROUP BY h.household_code
			 ORDER BY h.household_code
			""";

	/** The floor's answer in brief: households read, in arrears, and its time. */
	record Result(long households, long overdue, double seconds) {
	}

	private Floor() {
	}

	static Result overdue(DataSource dataSource, LocalDate asOf, int fetchSize) throws SQLException {
		return measure(dataSource, OVERDUE, asOf, fetchSize);
	}

	static Result grouped(DataSource dataSource, LocalDate asOf, int fetchSize) throws SQLException {
		return measure(dataSource, GROUPED, asOf, fetchSize);
	}

	private static Result measure(DataSource dataSource, String sql, LocalDate asOf, int fetchSize)
			throws SQLException {
		long started = System.nanoTime();
		long households = 0;
		long overdue = 0;
		try (Connection c = dataSource.getConnection();
				PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
						ResultSet.CONCUR_READ_ONLY)) {
			ps.setFetchSize(fetchSize);
			ps.setDate(1, Date.valueOf(asOf));
			ps.setDate(2, Date.valueOf(asOf));
			ps.setDate(3, Date.valueOf(asOf));
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					households++;
					if (rs.getDate(3) != null && rs.getBigDecimal(2).signum() > 0) {
						overdue++;
					}
				}
			}
		}
		return new Result(households, overdue, (System.nanoTime() - started) / 1e9);
	}

	/** The plan of a query, as the server's EXPLAIN prints it, one line per row. */
	static String explain(DataSource dataSource, String sql, Object... parameters) throws SQLException {
		StringBuilder plan = new StringBuilder();
		try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
			for (int i = 0; i < parameters.length; i++) {
				ps.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rs = ps.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					StringBuilder row = new StringBuilder("  ");
					for (int i = 1; i <= columns; i++) {
						row.append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getString(i)).append(' ');
					}
					plan.append(row.toString().strip()).append('\n');
				}
			}
		}
		return plan.toString();
	}

}
