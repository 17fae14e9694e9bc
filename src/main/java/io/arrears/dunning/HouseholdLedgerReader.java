package io.arrears.dunning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.arrears.batch.Databases;
import io.arrears.batch.GroupingCursor;
import io.arrears.ledger.LedgerEntries;
import io.arrears.ledger.LedgerEntry;

/**
 * Streams every household with its ledger in one ordered query and hands them out one
 * household at a time. On restart it resumes after the last household of the last
 * committed chunk, by key, so nothing is read twice and nothing is skipped. Public for
 * the other jobs that assess every household without posting anything (the festival
 * cards).
 */
public class HouseholdLedgerReader implements ItemStreamReader<HouseholdLedger> {

	public static final String SQL = """
			SELECT h.household_code, h.tags,
			       e.reference, e.entry_type, e.fee_item, e.period, e.amount,
			       e.effective_date, e.recorded_at, e.reverses
			  FROM household h
			  LEFT JOIN ledger_entry e
			    ON e.household_code = h.household_code
			   AND e.effective_date <= ?
			 WHERE h.household_code > ?
			 ORDER BY h.household_code
			""";

	/**
	 * The same read limited to what had been recorded by a moment: an audit replay sees
	 * the ledger as the run of a past date saw it (SPEC §6).
	 */
	static final String SQL_RECORDED_BEFORE = """
			SELECT h.household_code, h.tags,
			       e.reference, e.entry_type, e.fee_item, e.period, e.amount,
			       e.effective_date, e.recorded_at, e.reverses
			  FROM household h
			  LEFT JOIN ledger_entry e
			    ON e.household_code = h.household_code
			   AND e.effective_date <= ?
			   AND e.recorded_at < ?
			 WHERE h.household_code > ?
			 ORDER BY h.household_code
			""";

	public static final String AFTER_KEY = "after";

	/**
	 * The last household of a partition's key range, inclusive; absent for the last range
	 * and for the unpartitioned step. A partitioner puts it, with {@link #AFTER_KEY},
	 * into the worker step's execution context, so a restarted partition resumes by key
	 * inside its own range.
	 */
	public static final String UP_TO_KEY = "up-to";

	private final DataSource dataSource;

	private final LocalDate asOf;

	private final int fetchSize;

	private final LocalDateTime recordedBefore;

	private GroupingCursor<Row> households;

	private String lastHousehold;

	/**
	 * @param asOf only ledger entries effective on or before this date are read
	 * @param fetchSize rows per round trip; {@link Integer#MIN_VALUE} makes Connector/J
	 * stream the result instead of loading it whole into memory
	 * ({@link Databases#streamingFetchSize})
	 */
	public HouseholdLedgerReader(DataSource dataSource, LocalDate asOf, int fetchSize) {
		this(dataSource, asOf, fetchSize, null);
	}

	private HouseholdLedgerReader(DataSource dataSource, LocalDate asOf, int fetchSize, LocalDateTime recordedBefore) {
		this.dataSource = dataSource;
		this.asOf = asOf;
		this.fetchSize = fetchSize;
		this.recordedBefore = recordedBefore;
	}

	/**
	 * A reader for an audit re-run: every household with the entries effective by
	 * {@code asOf} and, when {@code recordedBefore} is not null, recorded before that
	 * moment.
	 */
	public static HouseholdLedgerReader forAudit(DataSource dataSource, LocalDate asOf, LocalDateTime recordedBefore) {
		return new HouseholdLedgerReader(dataSource, asOf, Databases.streamingFetchSize(dataSource), recordedBefore);
	}

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		lastHousehold = context.getString(AFTER_KEY, null);
		String after = lastHousehold == null ? "" : lastHousehold;
		String upTo = context.getString(UP_TO_KEY, null);
		String unbounded = recordedBefore == null ? SQL : SQL_RECORDED_BEFORE;
		String sql = upTo == null ? unbounded : bounded(unbounded);
		households = GroupingCursor.open("householdLedgerRows", dataSource, sql, ps -> {
			int i = 1;
			ps.setDate(i++, Date.valueOf(asOf));
			if (recordedBefore != null) {
				ps.setTimestamp(i++, Timestamp.valueOf(recordedBefore));
			}
			ps.setString(i++, after);
			if (upTo != null) {
				ps.setString(i, upTo);
			}
		}, HouseholdLedgerReader::row, fetchSize, Row::household);
	}

	@Override
	public HouseholdLedger read() throws Exception {
		List<Row> rows = households.next();
		if (rows == null) {
			return null;
		}
		Row first = rows.get(0);
		List<LedgerEntry> entries = new ArrayList<>(rows.size());
		for (Row row : rows) {
			// a household without entries comes as one row with none, from the outer join
			if (row.entry() != null) {
				entries.add(row.entry());
			}
		}
		lastHousehold = first.household();
		return new HouseholdLedger(first.household(), tags(first.tags()), entries);
	}

	@Override
	public void update(ExecutionContext context) throws ItemStreamException {
		if (lastHousehold != null) {
			context.putString(AFTER_KEY, lastHousehold);
		}
	}

	@Override
	public void close() throws ItemStreamException {
		if (households != null) {
			households.close();
		}
	}

	/**
	 * The same query up to a key: the bound goes just before ORDER BY, so it is the last
	 * placeholder whatever conditions the query gains before it.
	 */
	static String bounded(String sql) {
		int orderBy = sql.lastIndexOf("ORDER BY");
		return sql.substring(0, orderBy) + "   AND h.household_code <= ?\n " + sql.substring(orderBy);
	}

	/** The tags of a household as the column holds them: {@code ;}-separated. */
	public static Set<String> tags(String tags) {
		if (tags == null || tags.isBlank()) {
			return Set.of();
		}
		Set<String> result = new TreeSet<>();
		for (String tag : tags.split(";")) {
			if (!tag.isBlank()) {
				result.add(tag.trim());
			}
		}
		return result;
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		String household = rs.getString("household_code");
		String tags = rs.getString("tags");
		String reference = rs.getString("reference");
		if (reference == null) {
			return new Row(household, tags, null);
		}
		LedgerEntry entry = LedgerEntries.read(rs);
		return new Row(household, tags, entry);
	}

	private record Row(String household, String tags, LedgerEntry entry) {
	}

}
