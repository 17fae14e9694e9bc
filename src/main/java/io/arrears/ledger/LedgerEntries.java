package io.arrears.ledger;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one way into and out of {@code ledger_entry}: the import, the dunning run's late
 * fees and the audit's corrections append through {@link #append}, and every reader of
 * the ledger turns a row into a {@link LedgerEntry} through {@link #read}. The ledger is
 * append-only (SPEC §1), so there is no update here.
 */
public final class LedgerEntries {

	/** The columns of an entry, in the order {@link #INSERT} takes them. */
	public static final String COLUMNS = "reference, household_code, entry_type, fee_item, period, amount, "
			+ "effective_date, recorded_at, reverses";

	public static final String INSERT = "INSERT INTO ledger_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private LedgerEntries() {
	}

	/**
	 * Appends the entries in one batch, inside the caller's transaction; nothing when
	 * there are none.
	 */
	public static void append(JdbcTemplate jdbc, List<LedgerEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(entries.size());
		for (LedgerEntry e : entries) {
			rows.add(values(e));
		}
		jdbc.batchUpdate(INSERT, rows);
	}

	/** The parameters of {@link #INSERT} for one entry. */
	public static Object[] values(LedgerEntry e) {
		return new Object[] { e.reference(), e.householdCode(), e.type().name(), e.feeItem(),
				e.period() == null ? null : e.period().toString(), e.amount(), Date.valueOf(e.effectiveDate()),
				e.recordedAt() == null ? null : Timestamp.valueOf(e.recordedAt()), e.reverses() };
	}

	/** The entry in the current row, its columns named as in the table. */
	public static LedgerEntry read(ResultSet rs) throws SQLException {
		return read(rs, "");
	}

	/**
	 * The entry in the current row, its columns named as in the table behind a prefix (a
	 * query that joins the ledger to itself or to a like table), or {@code null} when the
	 * row has none (an outer join that found no entry).
	 */
	public static LedgerEntry read(ResultSet rs, String prefix) throws SQLException {
		String reference = rs.getString(prefix + "reference");
		if (reference == null) {
			return null;
		}
		String period = rs.getString(prefix + "period");
		Timestamp recorded = rs.getTimestamp(prefix + "recorded_at");
		return new LedgerEntry(reference, rs.getString(prefix + "household_code"),
				EntryType.valueOf(rs.getString(prefix + "entry_type")), rs.getString(prefix + "fee_item"),
				period == null ? null : YearMonth.parse(period), rs.getBigDecimal(prefix + "amount").setScale(2),
				rs.getDate(prefix + "effective_date").toLocalDate(),
				recorded == null ? null : recorded.toLocalDateTime(), rs.getString(prefix + "reverses"));
	}

}
