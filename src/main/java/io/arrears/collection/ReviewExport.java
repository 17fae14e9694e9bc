package io.arrears.collection;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.csv.CsvWriter;

/**
 * {@code export review --as-of D} (SPEC §9): the daily review of D, every estate, as CSV
 * ({@link ReviewLine#COLUMNS}), from the same pass as the work lists; the last-three-days
 * mark from the rankings the runs of D−1 and D−2 recorded. It writes nothing.
 */
@Component
public class ReviewExport {

	private final CollectionDays days;

	private final ReviewRanks ranks;

	ReviewExport(CollectionDays days, JdbcTemplate jdbc) {
		this.days = days;
		this.ranks = new ReviewRanks(jdbc);
	}

	/** Writes the header and the lines; returns their number. */
	public long write(LocalDate asOf, Writer out) {
		return write(DailyReview.of(days.compute(asOf), ranks.before(asOf)), out);
	}

	static long write(List<ReviewLine> lines, Writer out) {
		CsvWriter csv = CsvWriter.withHeader(out, ReviewLine.COLUMNS);
		for (ReviewLine line : lines) {
			csv.row(line.fields());
		}
		csv.flush();
		return lines.size();
	}

}
