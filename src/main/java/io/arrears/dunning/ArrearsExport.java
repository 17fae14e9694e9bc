package io.arrears.dunning;

import java.io.Writer;
import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.csv.CsvWriter;

/**
 * {@code export arrears}: the stage history of one as-of date in the SPEC §7 format,
 * streamed from the database in household order.
 */
@Component
public class ArrearsExport {

	private static final String SQL = """
			SELECT household_code, as_of, stage, days_overdue, oldest_due_date, principal_overdue,
			       late_fee_posted, late_fee_outstanding, prior_year_principal, team
			  FROM stage_history
			 WHERE as_of = ?
			 ORDER BY household_code
			""";

	private final JdbcTemplate jdbc;

	private final DunningRuns dunningRuns;

	ArrearsExport(JdbcTemplate jdbc, DunningRuns dunningRuns) {
		this.jdbc = jdbc;
		this.dunningRuns = dunningRuns;
	}

	/**
	 * Writes the export and returns the number of households; refuses a date never run.
	 * @throws java.io.UncheckedIOException when {@code out} cannot be written
	 */
	public long write(LocalDate asOf, Writer out) {
		if (!dunningRuns.completed(asOf)) {
			throw new IllegalStateException("no completed dunning run as of " + asOf
					+ " is recorded: run `run dunning --as-of " + asOf + "` first");
		}
		long[] households = { 0 };
		CsvWriter csv = CsvWriter.withHeader(out, ArrearsCsv.COLUMNS);
		jdbc.query(SQL, rs -> {
			Date oldest = rs.getDate("oldest_due_date");
			String team = rs.getString("team");
			Assessment row = new Assessment(rs.getString("household_code"), rs.getDate("as_of").toLocalDate(),
					Stage.valueOf(rs.getString("stage")), rs.getInt("days_overdue"),
					oldest == null ? null : oldest.toLocalDate(), rs.getBigDecimal("principal_overdue"),
					rs.getBigDecimal("late_fee_posted"), rs.getBigDecimal("late_fee_outstanding"),
					rs.getBigDecimal("prior_year_principal"), team == null ? null : Team.valueOf(team),
					java.util.List.of());
			csv.row(ArrearsCsv.fields(row));
			households[0]++;
		}, Date.valueOf(asOf));
		csv.flush();
		return households[0];
	}

}
