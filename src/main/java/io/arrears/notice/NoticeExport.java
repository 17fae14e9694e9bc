package io.arrears.notice;

import java.io.Writer;
import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.csv.CsvWriter;

/**
 * {@code export notices}: the per-household notices issued in a date range, sorted by
 * household, kind, number and episode (SPEC §8), with the amounts they stated and their
 * fingerprint; {@code file} is the notice's own PDF (only with {@code single-files}),
 * {@code print_batch} and the pages where it is printed; and how they reached the owner:
 * the earliest receipt's date, method and tracking number (SPEC §10), empty while none is
 * known.
 */
@Component
public class NoticeExport {

	public static final String HEADER = "household_code,kind,number,episode_due_date,issued_on,principal,late_fee,total,fingerprint,file,print_batch,first_page,last_page,received_on,delivery_method,tracking";

	private static final String SQL = """
			SELECT household_code, kind, number, episode_due_date, issued_on, principal, late_fee, total,
			       fingerprint, file_path, print_batch, first_page, last_page, received_on, delivery_method, tracking
			  FROM notice
			 WHERE issued_on BETWEEN ? AND ? AND kind IN ('REMINDER', 'LAWYER_LETTER')
			 ORDER BY household_code, kind, number, episode_due_date
			""";

	private final JdbcTemplate jdbc;

	NoticeExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the export and returns the number of notices. */
	public long write(LocalDate from, LocalDate to, Writer out) {
		long[] count = { 0 };
		CsvWriter csv = CsvWriter.withHeader(out, HEADER.split(","));
		jdbc.query(SQL, rs -> {
			csv.row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDate(4).toLocalDate(),
					rs.getDate(5).toLocalDate(), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
					rs.getString(9), rs.getString(10), rs.getString(11), (Integer) rs.getObject(12, Integer.class),
					(Integer) rs.getObject(13, Integer.class),
					rs.getDate(14) == null ? null : rs.getDate(14).toLocalDate(), rs.getString(15), rs.getString(16));
			count[0]++;
		}, Date.valueOf(from), Date.valueOf(to));
		csv.flush();
		return count[0];
	}

}
