package io.arrears.collection;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowMapper;

import io.arrears.batch.Databases;
import io.arrears.batch.GroupingCursor;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.dunning.Team;
import io.arrears.ledger.LedgerEntries;
import io.arrears.ledger.LedgerEntry;

/**
 * Streams, in household order and in one query, the households the collection pass of a
 * date must look at, each with its ledger as of the date and what the dunning runs of the
 * day before and of the month's first day recorded for it ({@code stage_history}).
 *
 * <p>
 * A household is left out, unread, when the run of the date found it {@code CURRENT} with
 * nothing overdue and no late fee outstanding, the runs of the day before and of the
 * first recorded it {@code CURRENT} too, and no contact or hold was ever recorded for it
 * by the date: it is on no work list, counts for no collector in the review and has no
 * claim whose limitation period can end in the month. In a service centre that runs the
 * ladder every day that is most of the estate, so the pass reads a fraction of the ledger
 * the assessment read. A date whose run is not recorded (a list asked for a date never
 * run, the first run of a database) leaves nobody out.
 */
final class CollectionLedgers implements AutoCloseable {

	static final String SQL = """
			SELECT h.household_code, h.tags, h.estate_code, h.building, h.unit, h.room, h.owner_name, h.owner_phone,
			       y.household_code AS y_household, y.team AS y_team,
			       m.household_code AS m_household, m.team AS m_team, m.principal_overdue AS m_principal,
			       e.reference, e.entry_type, e.fee_item, e.period, e.amount,
			       e.effective_date, e.recorded_at, e.reverses
			  FROM household h
			  LEFT JOIN stage_history t ON t.as_of = ? AND t.household_code = h.household_code
			  LEFT JOIN stage_history y ON y.as_of = ? AND y.household_code = h.household_code
			  LEFT JOIN stage_history m ON m.as_of = ? AND m.household_code = h.household_code
			  LEFT JOIN ledger_entry e
			    ON e.household_code = h.household_code
			   AND e.effective_date <= ?
			""" + CollectionLedgers.WORKED;

	/**
	 * Which households {@link #SQL} reads, by the stage history of the date ({@code t}),
	 * the day before ({@code y}) and the first of the month ({@code m}); its two
	 * placeholders are the date. Shared with the pass that takes what the run staged
	 * ({@link CollectionStaging}), so both look at the same households.
	 */
	static final String WORKED = """
			 WHERE t.household_code IS NULL OR t.stage <> 'CURRENT' OR t.principal_overdue <> 0
			    OR t.late_fee_outstanding <> 0
			    OR y.household_code IS NULL OR y.stage <> 'CURRENT'
			    OR m.household_code IS NULL OR m.stage <> 'CURRENT'
			    OR EXISTS (SELECT 1 FROM contact c WHERE c.household_code = h.household_code AND c.contacted_on <= ?)
			    OR EXISTS (SELECT 1 FROM collection_hold k
			                WHERE k.household_code = h.household_code AND k.from_date <= ?)
			 ORDER BY h.household_code
			""";

	/**
	 * Every household, assessed as of the day before and the first of the month whatever
	 * their runs recorded: what the pass would be without {@link #SQL}'s shortcut, for
	 * the test that they agree.
	 */
	static final String SQL_EVERYONE = """
			SELECT h.household_code, h.tags, h.estate_code, h.building, h.unit, h.room, h.owner_name, h.owner_phone,
			       NULL AS y_household, NULL AS y_team, NULL AS m_household, NULL AS m_team, NULL AS m_principal,
			       e.reference, e.entry_type, e.fee_item, e.period, e.amount,
			       e.effective_date, e.recorded_at, e.reverses
			  FROM household h
			  LEFT JOIN ledger_entry e
			    ON e.household_code = h.household_code
			   AND e.effective_date <= ?
			 ORDER BY h.household_code
			""";

	/**
	 * What a run recorded for a household on a date: its team (null: not in arrears) and
	 * its overdue principal.
	 */
	record Recorded(Team team, BigDecimal principalOverdue) {
	}

	/** Where a household is and whom to call. */
	record Place(String estate, String building, String unit, String room, String owner, String phone) {
	}

	/**
	 * One household of the pass.
	 *
	 * @param yesterday what the run of the day before recorded, null when it recorded
	 * nothing for the household
	 * @param opening what the run of the month's first day recorded, null likewise
	 */
	record Worked(HouseholdLedger ledger, Place place, Recorded yesterday, Recorded opening) {
	}

	/**
	 * A row of the query; the household's own columns are read from its first row only
	 * ({@code first}), the others carry its entry alone.
	 */
	private record Row(String household, First first, LedgerEntry entry) {
	}

	private record First(String tags, Place place, Recorded yesterday, Recorded opening) {
	}

	/**
	 * Reads the household's own columns once, on its first row: confined to the cursor.
	 */
	private static final class Rows implements RowMapper<Row> {

		private String last;

		@Override
		public Row mapRow(ResultSet rs, int rowNum) throws SQLException {
			String household = rs.getString("household_code");
			First first = null;
			if (!household.equals(last)) {
				last = household;
				first = new First(rs.getString("tags"),
						new Place(rs.getString("estate_code"), rs.getString("building"), rs.getString("unit"),
								rs.getString("room"), rs.getString("owner_name"), rs.getString("owner_phone")),
						recorded(rs, "y_", null), recorded(rs, "m_", "m_principal"));
			}
			return new Row(household, first, LedgerEntries.read(rs));
		}

	}

	private final GroupingCursor<Row> rows;

	private CollectionLedgers(GroupingCursor<Row> rows) {
		this.rows = rows;
	}

	/** The households that can be on a list or in the review of the date. */
	static CollectionLedgers open(DataSource dataSource, LocalDate asOf) {
		Date day = Date.valueOf(asOf);
		Date yesterday = Date.valueOf(asOf.minusDays(1));
		Date monthStart = Date.valueOf(asOf.withDayOfMonth(1));
		return new CollectionLedgers(GroupingCursor.open("collectionLedgerRows", dataSource, SQL, ps -> {
			ps.setDate(1, day);
			ps.setDate(2, yesterday);
			ps.setDate(3, monthStart);
			ps.setDate(4, day);
			ps.setDate(5, day);
			ps.setDate(6, day);
		}, new Rows(), Databases.streamingFetchSize(dataSource), Row::household));
	}

	/** Every household ({@link #SQL_EVERYONE}). */
	static CollectionLedgers everyone(DataSource dataSource, LocalDate asOf) {
		return new CollectionLedgers(GroupingCursor.open("collectionLedgerRows", dataSource, SQL_EVERYONE,
				ps -> ps.setDate(1, Date.valueOf(asOf)), new Rows(), Databases.streamingFetchSize(dataSource),
				Row::household));
	}

	/** The next household, or null after the last. */
	Worked next() throws Exception {
		List<Row> group = rows.next();
		if (group == null) {
			return null;
		}
		First first = group.get(0).first();
		List<LedgerEntry> entries = new ArrayList<>(group.size());
		for (Row row : group) {
			// a household without entries comes as one row with none, from the outer join
			if (row.entry() != null) {
				entries.add(row.entry());
			}
		}
		return new Worked(
				new HouseholdLedger(group.get(0).household(), HouseholdLedgerReader.tags(first.tags()), entries),
				first.place(), first.yesterday(), first.opening());
	}

	@Override
	public void close() {
		rows.close();
	}

	/**
	 * What a run recorded, from the columns {@code <prefix>household},
	 * {@code <prefix>team} and {@code principal} (null: none read); null when it recorded
	 * nothing.
	 */
	static Recorded recorded(ResultSet rs, String prefix, String principal) throws SQLException {
		if (rs.getString(prefix + "household") == null) {
			return null;
		}
		String team = rs.getString(prefix + "team");
		return new Recorded(team == null ? null : Team.valueOf(team),
				principal == null ? null : rs.getBigDecimal(principal).setScale(2));
	}

}
