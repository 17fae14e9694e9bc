package io.arrears.collection;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rankings the dunning runs recorded ({@code review_rank}): what the review of a day
 * needs of the two days before to mark those ranked last three days running. Read for
 * both days in one query; a run replaces the rows of its date.
 */
final class ReviewRanks {

	private final JdbcTemplate jdbc;

	ReviewRanks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The recorded last-ranked collectors of the two days before {@code asOf}. */
	DailyReview.History before(LocalDate asOf) {
		Map<String, Set<String>> last = new HashMap<>();
		jdbc.query("SELECT as_of, estate_code, collector_code FROM review_rank"
				+ " WHERE as_of BETWEEN ? AND ? AND ranked_last = TRUE", rs -> {
					last.computeIfAbsent(rs.getObject(1, LocalDate.class) + " " + rs.getString(2), k -> new HashSet<>())
						.add(rs.getString(3));
				}, Date.valueOf(asOf.minusDays(2)), Date.valueOf(asOf.minusDays(1)));
		return (estate, date) -> last.getOrDefault(date + " " + estate, Set.of());
	}

	/** Records the day's ranking, replacing what an earlier run of the date recorded. */
	void record(LocalDate asOf, List<ReviewLine> lines) {
		jdbc.update("DELETE FROM review_rank WHERE as_of = ?", Date.valueOf(asOf));
		List<Object[]> rows = new ArrayList<>(lines.size());
		for (ReviewLine l : lines) {
			rows.add(new Object[] { Date.valueOf(asOf), l.estateCode(), l.collectorCode(), l.rank(), l.last() });
		}
		jdbc.batchUpdate("INSERT INTO review_rank (as_of, estate_code, collector_code, ranked, ranked_last)"
				+ " VALUES (?, ?, ?, ?, ?)", rows);
	}

}
