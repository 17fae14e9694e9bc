package io.arrears.collection;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.arrears.dunning.NoticeKind;
import io.arrears.dunning.Team;
import io.arrears.limitation.LimitationClock;
import io.arrears.limitation.NoticeKey;
import io.arrears.limitation.Receipt;
import io.arrears.limitation.ReceiptMethod;

/**
 * Decides and stores one chunk of a collection file: each line is parsed
 * ({@link CollectionCsv}), then checked against what only the database knows, with one
 * query per kind of fact for the whole chunk (never one per row): the household, the
 * estate, the collector, the notice a receipt names, and what is already stored under the
 * row's reference. A row already stored with the same content is unchanged (a row without
 * {@code recorded_at} matches whatever time it was recorded at), so the same file twice
 * changes nothing; a reference stored with other content is rejected, never updated: the
 * tables are append-only.
 */
class CollectionRowsWriter implements ItemWriter<CollectionLine>, ItemStream {

	static final String IMPORTED = "collection.imported";

	static final String UNCHANGED = "collection.unchanged";

	static final String REJECTED = "collection.rejected";

	/** What {@code import_reject} keeps of a line and of a reason, as for the ledger. */
	private static final int TEXT_MAX = 4000;

	private static final int REASON_MAX = 500;

	private final CollectionFile kind;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final long jobExecutionId;

	private final String fileName;

	private final LocalDateTime importedAt;

	private final CollectionSettings settings;

	/**
	 * Collectors seen in this file, with their line: a collector has one row per file.
	 */
	private final Map<String, Integer> collectorLines = new HashMap<>();

	private long imported;

	private long unchanged;

	private long rejected;

	CollectionRowsWriter(CollectionFile kind, JdbcTemplate jdbc, long jobExecutionId, String fileName,
			LocalDateTime importedAt, CollectionSettings settings) {
		this.kind = kind;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.jobExecutionId = jobExecutionId;
		this.fileName = fileName;
		this.importedAt = importedAt;
		this.settings = settings;
	}

	@Override
	public void write(Chunk<? extends CollectionLine> chunk) {
		List<CollectionLine> lines = chunk.getItems()
			.stream()
			.filter(l -> !l.text().isBlank())
			.map(l -> (CollectionLine) l)
			.toList();
		List<Object[]> rejects = new ArrayList<>();
		switch (kind) {
			case COLLECTORS -> collectors(lines, rejects);
			case CONTACTS -> contacts(lines, rejects);
			case HOLDS -> holds(lines, rejects);
			case RECEIPTS -> receipts(lines, rejects);
		}
		if (!rejects.isEmpty()) {
			jdbc.batchUpdate("INSERT INTO import_reject (job_execution_id, file_name, line_number, reason, line)"
					+ " VALUES (?, ?, ?, ?, ?)", rejects);
			rejected += rejects.size();
		}
	}

	/** The reason in a row of {@code rejects}, as {@code import_reject} keeps it. */
	static String reason(Object[] reject) {
		return (String) reject[3];
	}

	private void reject(List<Object[]> rejects, Parsed<?> row, String reason) {
		String why = reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX - 1) + "…" : reason;
		String text = row.text().length() > TEXT_MAX ? row.text().substring(0, TEXT_MAX) : row.text();
		rejects.add(new Object[] { jobExecutionId, fileName, row.line(), why, text });
	}

	private Set<String> existing(String sql, Set<String> codes) {
		if (codes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(named.queryForList(sql, new MapSqlParameterSource("codes", codes), String.class));
	}

	private Set<String> knownHouseholds(Set<String> codes) {
		return existing("SELECT household_code FROM household WHERE household_code IN (:codes)", codes);
	}

	// ---- collectors

	private void collectors(List<CollectionLine> lines, List<Object[]> rejects) {
		List<Parsed<Collector>> rows = lines.stream()
			.map(l -> CollectionCsv.collector(kind.header(), l.number(), l.text(), importedAt))
			.toList();
		Set<String> codes = new HashSet<>();
		Set<String> estates = new HashSet<>();
		for (Parsed<Collector> row : rows) {
			if (!row.isRejected()) {
				codes.add(row.value().code());
				estates.add(row.value().estateCode());
			}
		}
		Set<String> knownEstates = existing("SELECT estate_code FROM estate WHERE estate_code IN (:codes)", estates);
		Map<String, Collector> latest = new HashMap<>();
		if (!codes.isEmpty()) {
			named.query("SELECT * FROM collector WHERE collector_code IN (:codes) ORDER BY recorded_at, collector_id",
					new MapSqlParameterSource("codes", codes), rs -> {
						Collector c = collector(rs);
						latest.put(c.code(), c);
					});
		}
		List<Object[]> inserts = new ArrayList<>();
		for (Parsed<Collector> row : rows) {
			if (row.isRejected()) {
				reject(rejects, row, row.rejection());
				continue;
			}
			Collector c = row.value();
			Integer earlier = collectorLines.putIfAbsent(c.code(), row.line());
			if (earlier != null) {
				reject(rejects, row, "collector " + c.code() + " is already on line " + earlier
						+ " of this file: a collector has one row per file");
			}
			else if (!knownEstates.contains(c.estateCode())) {
				reject(rejects, row, "unknown estate " + c.estateCode() + ": import it with --estates first");
			}
			else if (latest.containsKey(c.code()) && sameCollector(latest.get(c.code()), c)) {
				unchanged++;
			}
			else {
				// the version recorded last counts: one imported within the second of the
				// stored one is recorded a second after it
				LocalDateTime at = c.recordedAt();
				Collector before = latest.get(c.code());
				if (before != null && !at.isAfter(before.recordedAt())) {
					at = before.recordedAt().plusSeconds(1);
				}
				inserts.add(new Object[] { c.code(), c.name(), c.phone(), c.team().name(), c.estateCode(),
						String.join(";", new TreeSet<>(c.buildings())), c.active(), Timestamp.valueOf(at) });
			}
		}
		jdbc.batchUpdate("INSERT INTO collector (collector_code, name, phone, team, estate_code, buildings, active,"
				+ " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", inserts);
		imported += inserts.size();
	}

	private static boolean sameCollector(Collector stored, Collector row) {
		return stored.name().equals(row.name()) && Objects.equals(stored.phone(), row.phone())
				&& stored.team() == row.team() && stored.estateCode().equals(row.estateCode())
				&& stored.buildings().equals(row.buildings()) && stored.active() == row.active();
	}

	static Collector collector(ResultSet rs) throws SQLException {
		String buildings = rs.getString("buildings");
		Set<String> set = buildings == null || buildings.isEmpty() ? Set.of()
				: new LinkedHashSet<>(Arrays.asList(buildings.split(";")));
		return new Collector(rs.getString("collector_code"), rs.getString("name"), rs.getString("phone"),
				Team.valueOf(rs.getString("team")), rs.getString("estate_code"), set, rs.getBoolean("active"),
				rs.getTimestamp("recorded_at").toLocalDateTime());
	}

	// ---- contacts

	private void contacts(List<CollectionLine> lines, List<Object[]> rejects) {
		storeContacts(lines.stream()
			.map(l -> CollectionCsv.contact(kind.header(), l.number(), l.text(), importedAt, settings))
			.toList(), rejects);
	}

	/**
	 * Checks parsed contacts against the database and stores the good ones: the import's
	 * chunk, or the one contact entered in the console ({@link ContactEntry}).
	 */
	void storeContacts(List<Parsed<Contact>> rows, List<Object[]> rejects) {
		Set<String> households = new HashSet<>();
		Set<String> collectors = new HashSet<>();
		Set<String> references = new HashSet<>();
		for (Parsed<Contact> row : rows) {
			if (!row.isRejected()) {
				households.add(row.value().householdCode());
				collectors.add(row.value().collectorCode());
				references.add(row.value().reference());
			}
		}
		Set<String> knownHouseholds = knownHouseholds(households);
		Set<String> knownCollectors = existing(
				"SELECT DISTINCT collector_code FROM collector WHERE collector_code IN (:codes)", collectors);
		Map<String, Contact> stored = new HashMap<>();
		if (!references.isEmpty()) {
			named.query("SELECT * FROM contact WHERE reference IN (:codes)",
					new MapSqlParameterSource("codes", references), rs -> {
						Contact c = contact(rs);
						stored.put(c.reference(), c);
					});
		}
		List<Object[]> inserts = new ArrayList<>();
		for (Parsed<Contact> row : rows) {
			if (row.isRejected()) {
				reject(rejects, row, row.rejection());
				continue;
			}
			Contact c = row.value();
			Contact held = stored.get(c.reference());
			if (held != null) {
				if (sameContact(held, c, row.recordedAtGiven())) {
					unchanged++;
				}
				else {
					reject(rejects, row, "reference " + c.reference()
							+ " is already stored with other content: a contact is never changed, record a new one");
				}
			}
			else if (!knownHouseholds.contains(c.householdCode())) {
				reject(rejects, row, "unknown household " + c.householdCode());
			}
			else if (!knownCollectors.contains(c.collectorCode())) {
				reject(rejects, row, "unknown collector " + c.collectorCode() + ": import it with --collectors first");
			}
			else {
				stored.put(c.reference(), c);
				inserts.add(new Object[] { c.reference(), c.householdCode(), c.collectorCode(),
						Date.valueOf(c.contactedOn()), c.channel().name(), c.outcome().name(),
						c.promiseDate() == null ? null : Date.valueOf(c.promiseDate()), c.promiseAmount(), c.note(),
						Timestamp.valueOf(c.recordedAt()) });
			}
		}
		jdbc.batchUpdate("INSERT INTO contact (reference, household_code, collector_code, contacted_on, channel,"
				+ " outcome, promise_date, promise_amount, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				inserts);
		imported += inserts.size();
	}

	private static boolean sameContact(Contact stored, Contact row, boolean recordedAtGiven) {
		return stored.householdCode().equals(row.householdCode()) && stored.collectorCode().equals(row.collectorCode())
				&& stored.contactedOn().equals(row.contactedOn()) && stored.channel() == row.channel()
				&& stored.outcome() == row.outcome() && Objects.equals(stored.promiseDate(), row.promiseDate())
				&& sameAmount(stored.promiseAmount(), row.promiseAmount()) && Objects.equals(stored.note(), row.note())
				&& (!recordedAtGiven || stored.recordedAt().equals(row.recordedAt()));
	}

	private static boolean sameAmount(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	static Contact contact(ResultSet rs) throws SQLException {
		return new Contact(rs.getString("reference"), rs.getString("household_code"), rs.getString("collector_code"),
				rs.getObject("contacted_on", LocalDate.class), Channel.valueOf(rs.getString("channel")),
				Outcome.valueOf(rs.getString("outcome")), rs.getObject("promise_date", LocalDate.class),
				rs.getBigDecimal("promise_amount"), rs.getString("note"),
				rs.getTimestamp("recorded_at").toLocalDateTime());
	}

	// ---- holds

	private void holds(List<CollectionLine> lines, List<Object[]> rejects) {
		storeHolds(lines.stream()
			.map(l -> CollectionCsv.hold(kind.header(), l.number(), l.text(), importedAt, settings))
			.toList(), rejects);
	}

	/**
	 * Checks parsed holds against the database and stores the good ones: the import's
	 * chunk, or the one hold entered in the console ({@link HoldEntry}).
	 */
	void storeHolds(List<Parsed<Hold>> rows, List<Object[]> rejects) {
		Set<String> households = new HashSet<>();
		Set<String> references = new HashSet<>();
		for (Parsed<Hold> row : rows) {
			if (!row.isRejected()) {
				households.add(row.value().householdCode());
				references.add(row.value().reference());
			}
		}
		Set<String> knownHouseholds = knownHouseholds(households);
		Map<String, Hold> stored = new HashMap<>();
		if (!references.isEmpty()) {
			named.query("SELECT * FROM collection_hold WHERE reference IN (:codes)",
					new MapSqlParameterSource("codes", references), rs -> {
						Hold h = hold(rs);
						stored.put(h.reference(), h);
					});
		}
		List<Object[]> inserts = new ArrayList<>();
		for (Parsed<Hold> row : rows) {
			if (row.isRejected()) {
				reject(rejects, row, row.rejection());
				continue;
			}
			Hold h = row.value();
			Hold held = stored.get(h.reference());
			if (held != null) {
				if (sameHold(held, h, row.recordedAtGiven())) {
					unchanged++;
				}
				else {
					reject(rejects, row, "reference " + h.reference() + " is already stored with other content:"
							+ " a hold is never changed, end it early with a RELEASE row");
				}
			}
			else if (!knownHouseholds.contains(h.householdCode())) {
				reject(rejects, row, "unknown household " + h.householdCode());
			}
			else {
				stored.put(h.reference(), h);
				inserts.add(new Object[] { h.reference(), h.householdCode(), h.reason().name(),
						Date.valueOf(h.fromDate()), h.untilDate() == null ? null : Date.valueOf(h.untilDate()),
						h.approvedBy(), h.note(), Timestamp.valueOf(h.recordedAt()) });
			}
		}
		jdbc.batchUpdate("INSERT INTO collection_hold (reference, household_code, reason, from_date, until_date,"
				+ " approved_by, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", inserts);
		imported += inserts.size();
	}

	private static boolean sameHold(Hold stored, Hold row, boolean recordedAtGiven) {
		return stored.householdCode().equals(row.householdCode()) && stored.reason() == row.reason()
				&& stored.fromDate().equals(row.fromDate()) && Objects.equals(stored.untilDate(), row.untilDate())
				&& stored.approvedBy().equals(row.approvedBy()) && Objects.equals(stored.note(), row.note())
				&& (!recordedAtGiven || stored.recordedAt().equals(row.recordedAt()));
	}

	static Hold hold(ResultSet rs) throws SQLException {
		return new Hold(rs.getString("reference"), rs.getString("household_code"),
				HoldReason.valueOf(rs.getString("reason")), rs.getObject("from_date", LocalDate.class),
				rs.getObject("until_date", LocalDate.class), rs.getString("approved_by"), rs.getString("note"),
				rs.getTimestamp("recorded_at").toLocalDateTime());
	}

	// ---- receipts

	private void receipts(List<CollectionLine> lines, List<Object[]> rejects) {
		List<Parsed<Receipt>> rows = lines.stream()
			.map(l -> CollectionCsv.receipt(kind.header(), l.number(), l.text(), importedAt))
			.toList();
		Set<String> households = new HashSet<>();
		for (Parsed<Receipt> row : rows) {
			if (!row.isRejected()) {
				households.add(row.value().notice().householdCode());
			}
		}
		Set<String> knownHouseholds = knownHouseholds(households);
		Set<NoticeKey> issued = new HashSet<>();
		Set<List<Object>> stored = new HashSet<>();
		Map<NoticeKey, List<Receipt>> byNotice = new HashMap<>();
		if (!households.isEmpty()) {
			MapSqlParameterSource codes = new MapSqlParameterSource("codes", households);
			named.query("SELECT household_code, kind, number, episode_due_date FROM notice"
					+ " WHERE household_code IN (:codes)", codes, rs -> {
						issued.add(noticeKey(rs));
					});
			named.query("SELECT * FROM receipt WHERE household_code IN (:codes)", codes, rs -> {
				Receipt r = receipt(rs);
				stored.add(List.of(r.notice(), r.receivedOn(), r.method(), r.tracking()));
				byNotice.computeIfAbsent(r.notice(), k -> new ArrayList<>()).add(r);
			});
		}
		List<Object[]> inserts = new ArrayList<>();
		Set<NoticeKey> delivered = new LinkedHashSet<>();
		for (Parsed<Receipt> row : rows) {
			if (row.isRejected()) {
				reject(rejects, row, row.rejection());
				continue;
			}
			Receipt r = row.value();
			NoticeKey n = r.notice();
			// a receipt has no reference of its own: the notice, the day and the proof
			// are
			// what it is, and the earliest receipt of a notice counts whenever recorded
			List<Object> key = List.of(n, r.receivedOn(), r.method(), r.tracking());
			if (stored.contains(key)) {
				unchanged++;
			}
			else if (!knownHouseholds.contains(n.householdCode())) {
				reject(rejects, row, "unknown household " + n.householdCode());
			}
			else if (!issued.contains(n)) {
				reject(rejects, row,
						"no " + n.kind() + " " + n.number() + " of the episode due " + n.episodeDueDate()
								+ " was ever issued to " + n.householdCode()
								+ ": a receipt proves a notice the registry holds");
			}
			else {
				stored.add(key);
				byNotice.computeIfAbsent(n, k -> new ArrayList<>()).add(r);
				delivered.add(n);
				inserts.add(new Object[] { n.householdCode(), n.kind().name(), n.number(),
						Date.valueOf(n.episodeDueDate()), Date.valueOf(r.receivedOn()), r.method().name(), r.tracking(),
						Timestamp.valueOf(r.recordedAt()) });
			}
		}
		jdbc.batchUpdate("INSERT INTO receipt (household_code, kind, number, episode_due_date, received_on, method,"
				+ " tracking, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", inserts);
		imported += inserts.size();
		// the registry row of each notice that got a receipt shows the one that counts:
		// the earliest, whichever was imported first
		List<Object[]> deliveries = new ArrayList<>();
		for (NoticeKey n : delivered) {
			Receipt first = LimitationClock.earliest(byNotice.get(n)).get(n);
			deliveries.add(new Object[] { Date.valueOf(first.receivedOn()), first.method().name(),
					first.tracking().isEmpty() ? null : first.tracking(), n.householdCode(), n.kind().name(),
					n.number(), Date.valueOf(n.episodeDueDate()) });
		}
		jdbc.batchUpdate("UPDATE notice SET received_on = ?, delivery_method = ?, tracking = ?"
				+ " WHERE household_code = ? AND kind = ? AND number = ? AND episode_due_date = ?", deliveries);
	}

	static Receipt receipt(ResultSet rs) throws SQLException {
		return new Receipt(noticeKey(rs), rs.getObject("received_on", LocalDate.class),
				ReceiptMethod.valueOf(rs.getString("method")), rs.getString("tracking"),
				rs.getTimestamp("recorded_at").toLocalDateTime());
	}

	private static NoticeKey noticeKey(ResultSet rs) throws SQLException {
		return new NoticeKey(rs.getString("household_code"), NoticeKind.valueOf(rs.getString("kind")),
				rs.getInt("number"), rs.getObject("episode_due_date", LocalDate.class));
	}

	// ---- counts, kept in the step's context after every chunk

	@Override
	public void open(ExecutionContext context) {
		imported = context.getLong(IMPORTED, 0);
		unchanged = context.getLong(UNCHANGED, 0);
		rejected = context.getLong(REJECTED, 0);
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(IMPORTED, imported);
		context.putLong(UNCHANGED, unchanged);
		context.putLong(REJECTED, rejected);
	}

}
