package io.arrears.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Appends ledger rows (SPEC §1). The ledger is append-only: a reference already held is
 * left alone when the row says the same, and rejected when it says something else. A
 * reversal must name an entry that exists (in the ledger, or earlier in this file), of
 * the same household, that is not itself a reversal and not already reversed.
 */
final class LedgerImporter implements ChunkImporter<LedgerRow> {

	static final String SELECT_HOUSEHOLDS = "SELECT household_code FROM household WHERE household_code IN (:codes)";

	static final String COLUMNS = """
			SELECT reference, household_code, entry_type, fee_item, period, amount, effective_date, recorded_at,
			       reverses
			  FROM ledger_entry
			""";

	/** The chunk's own references and the entries its reversals name. */
	static final String SELECT_ENTRIES = COLUMNS + " WHERE reference IN (:references)";

	/** As above, and the reversals already naming the chunk's reversal targets. */
	static final String SELECT_ENTRIES_AND_REVERSALS = SELECT_ENTRIES + " OR reverses IN (:targets)";

	static final String INSERT = """
			INSERT INTO ledger_entry (reference, household_code, entry_type, fee_item, period, amount,
			    effective_date, recorded_at, reverses)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final FirstLines firstLines = new FirstLines("reference");

	LedgerImporter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Outcome importRows(List<ImportRow<LedgerRow>> rows) {
		Set<String> households = households(rows);
		Map<String, LedgerEntry> known = new HashMap<>();
		Map<String, String> reversedBy = new HashMap<>();
		for (LedgerEntry stored : stored(rows)) {
			known.put(stored.reference(), stored);
			if (stored.reverses() != null) {
				reversedBy.put(stored.reverses(), stored.reference());
			}
		}
		List<Object[]> inserts = new ArrayList<>();
		List<Rejection> rejections = new ArrayList<>();
		long unchanged = 0;
		for (ImportRow<LedgerRow> row : rows) {
			LedgerEntry entry = row.value().entry();
			LedgerEntry stored = known.get(entry.reference());
			String reason = firstLines.duplicate(entry.reference(), row.line());
			if (reason == null && stored != null) {
				reason = difference(stored, row.value());
				if (reason == null) {
					unchanged++;
					continue;
				}
			}
			if (reason == null && !households.contains(entry.householdCode())) {
				reason = "unknown household_code " + Fields.quoted(entry.householdCode());
			}
			if (reason == null && entry.type() == EntryType.REVERSAL) {
				reason = reversalProblem(entry, known.get(entry.reverses()), reversedBy.get(entry.reverses()));
			}
			if (reason != null) {
				rejections.add(row.reject(reason));
				continue;
			}
			// later rows of this chunk may reverse this one, or try to reverse the same
			// target again
			known.put(entry.reference(), entry);
			if (entry.reverses() != null) {
				reversedBy.put(entry.reverses(), entry.reference());
			}
			inserts.add(values(entry));
		}
		jdbc.getJdbcTemplate().batchUpdate(INSERT, inserts);
		return new Outcome(inserts.size(), unchanged, rejections);
	}

	private static String reversalProblem(LedgerEntry reversal, LedgerEntry target, String reversedAlreadyBy) {
		String name = Fields.quoted(reversal.reverses());
		if (target == null) {
			return "REVERSAL of unknown reference " + name;
		}
		if (target.type() == EntryType.REVERSAL) {
			return "REVERSAL of " + name + ", which is itself a REVERSAL";
		}
		if (!target.householdCode().equals(reversal.householdCode())) {
			return "REVERSAL for household " + reversal.householdCode() + " of " + name
					+ ", which belongs to household " + target.householdCode();
		}
		if (reversedAlreadyBy != null) {
			return "REVERSAL of " + name + ", which is already reversed by " + Fields.quoted(reversedAlreadyBy);
		}
		return null;
	}

	/**
	 * Why a row does not say what the ledger holds under its reference, or {@code null}
	 * when it says the same. An empty {@code recorded_at} in the file matches whatever
	 * time was recorded.
	 */
	private static String difference(LedgerEntry stored, LedgerRow row) {
		LedgerEntry given = row.entry();
		String field = null;
		Object was = null;
		Object is = null;
		if (!stored.householdCode().equals(given.householdCode())) {
			field = "household_code";
			was = stored.householdCode();
			is = given.householdCode();
		}
		else if (stored.type() != given.type()) {
			field = "entry_type";
			was = stored.type();
			is = given.type();
		}
		else if (!Objects.equals(stored.feeItem(), given.feeItem())) {
			field = "fee_item";
			was = stored.feeItem();
			is = given.feeItem();
		}
		else if (!Objects.equals(stored.period(), given.period())) {
			field = "period";
			was = stored.period();
			is = given.period();
		}
		else if (stored.amount().compareTo(given.amount()) != 0) {
			field = "amount";
			was = stored.amount().toPlainString();
			is = given.amount().toPlainString();
		}
		else if (!stored.effectiveDate().equals(given.effectiveDate())) {
			field = "effective_date";
			was = stored.effectiveDate();
			is = given.effectiveDate();
		}
		else if (row.recordedAtGiven() && !stored.recordedAt().equals(given.recordedAt())) {
			field = "recorded_at";
			was = stored.recordedAt();
			is = given.recordedAt();
		}
		else if (!Objects.equals(stored.reverses(), given.reverses())) {
			field = "reverses";
			was = stored.reverses();
			is = given.reverses();
		}
		if (field == null) {
			return null;
		}
		return "reference " + Fields.quoted(given.reference()) + " already in the ledger with other content: " + field
				+ " " + shown(was) + " there, " + shown(is) + " here";
	}

	private static String shown(Object value) {
		return value == null ? "empty" : Fields.quoted(value.toString());
	}

	private Set<String> households(List<ImportRow<LedgerRow>> rows) {
		List<String> codes = rows.stream().map(r -> r.value().entry().householdCode()).distinct().toList();
		if (codes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				jdbc.queryForList(SELECT_HOUSEHOLDS, new MapSqlParameterSource("codes", codes), String.class));
	}

	private List<LedgerEntry> stored(List<ImportRow<LedgerRow>> rows) {
		Set<String> references = new LinkedHashSet<>();
		Set<String> targets = new LinkedHashSet<>();
		for (ImportRow<LedgerRow> row : rows) {
			references.add(row.value().entry().reference());
			if (row.value().entry().reverses() != null) {
				targets.add(row.value().entry().reverses());
			}
		}
		if (references.isEmpty()) {
			return List.of();
		}
		references.addAll(targets);
		MapSqlParameterSource parameters = new MapSqlParameterSource("references", references).addValue("targets",
				targets);
		return jdbc.query(targets.isEmpty() ? SELECT_ENTRIES : SELECT_ENTRIES_AND_REVERSALS, parameters,
				(rs, i) -> entry(rs));
	}

	private static LedgerEntry entry(ResultSet rs) throws SQLException {
		String period = rs.getString("period");
		return new LedgerEntry(rs.getString("reference"), rs.getString("household_code"),
				EntryType.valueOf(rs.getString("entry_type")), rs.getString("fee_item"),
				period == null ? null : YearMonth.parse(period), rs.getBigDecimal("amount"),
				rs.getObject("effective_date", LocalDate.class), rs.getObject("recorded_at", LocalDateTime.class),
				rs.getString("reverses"));
	}

	private static Object[] values(LedgerEntry e) {
		return new Object[] { e.reference(), e.householdCode(), e.type().name(), e.feeItem(),
				e.period() == null ? null : e.period().toString(), e.amount(), e.effectiveDate(), e.recordedAt(),
				e.reverses() };
	}

}
