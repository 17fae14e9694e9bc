package io.arrears.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a dunning run wrote, table by table, for comparing runs made differently (one
 * process or partitioned, locally or remotely).
 */
final class Tables {

	private Tables() {
	}

	/** Each table's business content in a stable order, without generated ids. */
	static Map<String, String> snapshots(JdbcTemplate jdbc) {
		Map<String, String> snapshots = new HashMap<>();
		snapshots.put("ledger_entry",
				rows(jdbc, "SELECT reference, household_code, entry_type, fee_item, period, amount,"
						+ " effective_date, recorded_at, reverses FROM ledger_entry ORDER BY reference"));
		snapshots.put("stage_history", rows(jdbc, "SELECT * FROM stage_history ORDER BY as_of, household_code"));
		snapshots
			.put("notice", rows(jdbc, "SELECT household_code, kind, number, episode_due_date, issued_on, principal,"
					+ " late_fee, total, fingerprint FROM notice ORDER BY household_code, kind, number, episode_due_date"));
		snapshots.put("notice_line", rows(jdbc,
				"SELECT * FROM notice_line" + " ORDER BY household_code, kind, number, episode_due_date, line_no"));
		snapshots.put("collection_staged",
				rows(jdbc, "SELECT * FROM collection_staged ORDER BY as_of, household_code"));
		return snapshots;
	}

	static String rows(JdbcTemplate jdbc, String sql) {
		List<String> rows = jdbc.query(sql, (rs, n) -> {
			StringBuilder row = new StringBuilder();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				row.append(rs.getString(i)).append('|');
			}
			return row.toString();
		});
		assertThat(rows).isNotEmpty();
		return String.join("\n", rows);
	}

}
