package io.arrears.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code export notices}: the per-household notices issued in a date range, sorted by
 * household, kind, number and episode (SPEC §8), with the amounts they stated and their
 * fingerprint.
 */
@Component
public class NoticeExport {

	public static final String HEADER = "household_code,kind,number,episode_due_date,issued_on,principal,late_fee,total,fingerprint,file";

	private static final String SQL = """
			SELECT household_code, kind, number, episode_due_date, issued_on, principal, late_fee, total,
			       fingerprint, file_path
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
		try {
			out.write(HEADER);
			out.write('\n');
			jdbc.query(SQL, rs -> {
				String line = String.join(",", rs.getString(1), rs.getString(2), Integer.toString(rs.getInt(3)),
						rs.getDate(4).toLocalDate().toString(), rs.getDate(5).toLocalDate().toString(),
						rs.getBigDecimal(6).toPlainString(), rs.getBigDecimal(7).toPlainString(),
						rs.getBigDecimal(8).toPlainString(), nullToEmpty(rs.getString(9)),
						nullToEmpty(rs.getString(10)));
				try {
					out.write(line);
					out.write('\n');
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				count[0]++;
			}, Date.valueOf(from), Date.valueOf(to));
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return count[0];
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
