package io.arrears.collection;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.dunning.Assessment;
import io.arrears.dunning.Assessor;
import io.arrears.dunning.Dunning;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.dunning.Stage;
import io.arrears.dunning.Team;
import io.arrears.ledger.LedgerEntries;
import io.arrears.ledger.LedgerEntry;
import io.arrears.limitation.LimitationClock;
import io.arrears.limitation.LimitationPeriod;
import io.arrears.limitation.LimitationSettings;
import io.arrears.limitation.Receipt;

/**
 * What the assessment of a daily run leaves behind for the collection pass of its date
 * ({@link CollectionDays}), so that the pass reads no ledger: for each household the pass
 * can look at, what the pass would derive from its ledger ({@code collection_staged}),
 * and per run the marks that tell whether anything the pass would see was recorded since
 * ({@code collection_staging}).
 *
 * <p>
 * A household is staged exactly when the pass will look at it
 * ({@link CollectionLedgers}): the run leaves it not {@code CURRENT} or with something
 * overdue or a late fee outstanding, a contact or hold was recorded for it by the date,
 * or the runs of the day before or of the first recorded it not {@code CURRENT}. A
 * household the pass looks at and that is not staged is a doubt (something changed since
 * the run): the pass reads the ledger. The rows are written with the chunk that assessed
 * the households, so a failed chunk leaves none and a restart stages exactly the chunks
 * it assesses again.
 */
@Component
class CollectionStaging {

	static final String INSERT_STAGED = """
			INSERT INTO collection_staged (as_of, household_code, stage, team, days_overdue, principal_overdue,
			    late_fee_due, late_fees, paid_today, paid_month, limitation_ends, read_ledger, promises)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	/** Households whose ledgers {@link #ledgers} reads in one query. */
	private static final int LEDGERS_AT_ONCE = 500;

	/**
	 * The longest {@code promises} the column holds; the pass reads the ledger of a
	 * household with more.
	 */
	static final int PROMISES_LENGTH = 4000;

	/**
	 * What of a run's staging is kept: the rows of the current and the previous month
	 * (the month-end pack of a month is made in the next).
	 */
	private static final int MONTHS_KEPT = 1;

	private final JdbcTemplate jdbc;

	private final Assessor assessor;

	private final CollectionRules rules;

	private final LimitationClock clock;

	/** For the staging's own times only: nothing the pass decides reads them. */
	private final Clock wallClock;

	CollectionStaging(JdbcTemplate jdbc, Assessor assessor, CollectionSettings collectionSettings,
			LimitationSettings limitationSettings, Clock wallClock) {
		this.jdbc = jdbc;
		this.wallClock = wallClock;
		this.assessor = assessor;
		this.rules = new CollectionRules(collectionSettings);
		this.clock = new LimitationClock(limitationSettings);
	}

	/**
	 * The highest ids of the ledger and of the facts when a run's assessment begins. A
	 * restart keeps the marks of the first attempt: its committed chunks were staged
	 * against what was recorded then.
	 */
	record Marks(long ledger, long contact, long hold, long receipt) {
	}

	/** The run of {@code asOf} begins its assessment. */
	void starting(LocalDate asOf) {
		LocalDate kept = asOf.withDayOfMonth(1).minusMonths(MONTHS_KEPT);
		jdbc.update("DELETE FROM collection_staged WHERE as_of < ?", Date.valueOf(kept));
		jdbc.update("DELETE FROM collection_staging WHERE as_of < ?", Date.valueOf(kept));
		if (jdbc.update("UPDATE collection_staging SET completed_at = NULL WHERE as_of = ?", Date.valueOf(asOf)) > 0) {
			return;
		}
		jdbc.update("""
				INSERT INTO collection_staging (as_of, ledger_mark, contact_mark, hold_mark, receipt_mark, started_at)
				VALUES (?, (SELECT COALESCE(MAX(entry_id), 0) FROM ledger_entry),
				        (SELECT COALESCE(MAX(contact_id), 0) FROM contact),
				        (SELECT COALESCE(MAX(hold_id), 0) FROM collection_hold),
				        (SELECT COALESCE(MAX(receipt_id), 0) FROM receipt), ?)
				""", Date.valueOf(asOf), Timestamp.valueOf(LocalDateTime.now(wallClock).withNano(0)));
	}

	/** The run of {@code asOf} has assessed and staged every household. */
	void completed(LocalDate asOf) {
		jdbc.update("UPDATE collection_staging SET completed_at = ? WHERE as_of = ?",
				Timestamp.valueOf(LocalDateTime.now(wallClock).withNano(0)), Date.valueOf(asOf));
	}

	/**
	 * Whether the pass of {@code asOf} may take the staged rows: the run completed, and
	 * since it began nothing the pass would see was recorded (an entry effective by the
	 * date other than the late fees the run posted, a contact, hold or receipt of the
	 * date or before).
	 */
	boolean trusted(LocalDate asOf) {
		Date day = Date.valueOf(asOf);
		List<Marks> marks = jdbc.query(
				"SELECT ledger_mark, contact_mark, hold_mark, receipt_mark FROM collection_staging"
						+ " WHERE as_of = ? AND completed_at IS NOT NULL",
				(rs, n) -> new Marks(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), day);
		if (marks.isEmpty()) {
			return false;
		}
		Marks m = marks.get(0);
		long entries = count("SELECT COUNT(*) FROM ledger_entry WHERE entry_id > ? AND effective_date <= ?", m.ledger(),
				day);
		long posted = count("SELECT COALESCE(SUM(late_fees), 0) FROM collection_staged WHERE as_of = ?", day);
		return entries == posted
				&& count("SELECT COUNT(*) FROM contact WHERE contact_id > ? AND contacted_on <= ?", m.contact(),
						day) == 0
				&& count("SELECT COUNT(*) FROM collection_hold WHERE hold_id > ? AND from_date <= ?", m.hold(),
						day) == 0
				&& count("SELECT COUNT(*) FROM receipt WHERE receipt_id > ? AND received_on <= ?", m.receipt(),
						day) == 0;
	}

	/**
	 * The ledgers as of the date of the few households whose staged rows say the pass
	 * reads them ({@code read_ledger}), by household code.
	 */
	Map<String, HouseholdLedger> ledgers(LocalDate asOf, List<String> codes) {
		Map<String, String> tags = new HashMap<>();
		Map<String, List<LedgerEntry>> entries = new HashMap<>();
		for (int from = 0; from < codes.size(); from += LEDGERS_AT_ONCE) {
			List<String> some = codes.subList(from, Math.min(codes.size(), from + LEDGERS_AT_ONCE));
			List<Object> args = new ArrayList<>();
			args.add(Date.valueOf(asOf));
			args.addAll(some);
			jdbc.query("SELECT h.household_code, h.tags, e.reference, e.entry_type, e.fee_item, e.period, e.amount,"
					+ " e.effective_date, e.recorded_at, e.reverses FROM household h"
					+ " LEFT JOIN ledger_entry e ON e.household_code = h.household_code AND e.effective_date <= ?"
					+ " WHERE h.household_code IN (" + String.join(", ", Collections.nCopies(some.size(), "?")) + ")",
					rs -> {
						String code = rs.getString("household_code");
						tags.put(code, rs.getString("tags"));
						List<LedgerEntry> of = entries.computeIfAbsent(code, c -> new ArrayList<>());
						// a household without entries comes as one row with none
						LedgerEntry e = LedgerEntries.read(rs);
						if (e != null) {
							of.add(e);
						}
					}, args.toArray());
		}
		Map<String, HouseholdLedger> ledgers = new HashMap<>();
		entries.forEach((code, of) -> ledgers.put(code,
				new HouseholdLedger(code, HouseholdLedgerReader.tags(tags.get(code)), of)));
		return ledgers;
	}

	private long count(String sql, Object... args) {
		Number n = jdbc.queryForObject(sql, Number.class, args);
		return n == null ? 0 : n.longValue();
	}

	/**
	 * One staged household: the work list's fields of its treated assessment, its
	 * payments of the day and of the month, its earliest limitation end, and its promises
	 * judged ({@link #promises}).
	 */
	record Staged(String householdCode, Stage stage, Team team, int daysOverdue, BigDecimal principalOverdue,
			BigDecimal lateFeeDue, int lateFees, BigDecimal paidToday, BigDecimal paidMonth, LocalDate limitationEnds,
			boolean readLedger, String promises) {

		Object[] row(LocalDate asOf) {
			return new Object[] { Date.valueOf(asOf), householdCode, stage.name(), team == null ? null : team.name(),
					daysOverdue, principalOverdue, lateFeeDue, lateFees, paidToday, paidMonth,
					limitationEnds == null ? null : Date.valueOf(limitationEnds), readLedger, promises };
		}

		/**
		 * The row of {@code collection_staged} at the result set's columns {@code s_*}.
		 */
		static Staged read(ResultSet rs) throws SQLException {
			String team = rs.getString("s_team");
			return new Staged(rs.getString("household_code"), Stage.valueOf(rs.getString("s_stage")),
					team == null ? null : Team.valueOf(team), rs.getInt("s_days"),
					rs.getBigDecimal("s_principal").setScale(2), rs.getBigDecimal("s_fee_due").setScale(2),
					rs.getInt("s_late_fees"), rs.getBigDecimal("s_paid_today").setScale(2),
					rs.getBigDecimal("s_paid_month").setScale(2), rs.getObject("s_ends", LocalDate.class),
					rs.getBoolean("s_read_ledger"), rs.getString("s_promises"));
		}

		/**
		 * The household's assessment as far as the work list takes it: stage, days and
		 * principal overdue, team ({@link WorkItem#lateFeeDue} is staged apart).
		 */
		Assessment assessment(LocalDate asOf) {
			BigDecimal zero = BigDecimal.ZERO.setScale(2);
			return new Assessment(householdCode, asOf, stage, daysOverdue, null, principalOverdue, zero, zero, zero,
					team, List.of());
		}

		/**
		 * Its promises judged, the contacts they were made in taken from what the pass
		 * sees; null when they do not match what was staged.
		 */
		Promises promises(List<Contact> seen, LocalDate asOf) {
			List<Contact> made = Promises.made(seen, asOf);
			String[] judged = promises.isEmpty() ? new String[0] : promises.split(";");
			if (judged.length != made.size()) {
				return null;
			}
			List<Promise> all = new ArrayList<>(made.size());
			for (int i = 0; i < judged.length; i++) {
				String[] f = judged[i].split(":");
				all.add(new Promise(made.get(i), new BigDecimal(f[0]), f[3].equals("1"),
						f[4].equals("-") ? null : LocalDate.parse(f[4]), PromiseStatus.valueOf(f[2]),
						new BigDecimal(f[1])));
			}
			return Promises.of(all);
		}

	}

	/**
	 * A run's promises as staged: {@code amount:paid:status:holds:replaced_on} each, in
	 * the order made, {@code ;}-separated; {@code -} for no replacement.
	 */
	static String promises(Promises promises) {
		StringJoiner all = new StringJoiner(";");
		for (Promise p : promises.all()) {
			all.add(p.amount().toPlainString() + ":" + p.paid().toPlainString() + ":" + p.status().name() + ":"
					+ (p.holds() ? "1" : "0") + ":" + (p.replacedOn() == null ? "-" : p.replacedOn().toString()));
		}
		return all.toString();
	}

	/**
	 * The staging of one step or partition of a run: confined to its thread. Reads which
	 * households the runs of the day before and of the first recorded not {@code CURRENT}
	 * (on the first itself, that is the run's own assessment).
	 */
	Stager stager(LocalDate asOf, Visibility visibility) {
		String sql = "SELECT household_code FROM stage_history WHERE as_of = ? AND stage <> 'CURRENT'";
		Set<String> notCurrent = new HashSet<>(jdbc.queryForList(sql, String.class, Date.valueOf(asOf.minusDays(1))));
		if (asOf.getDayOfMonth() > 1) {
			notCurrent.addAll(jdbc.queryForList(sql, String.class, Date.valueOf(asOf.withDayOfMonth(1))));
		}
		return new Stager(asOf, visibility, notCurrent);
	}

	/**
	 * Derives, household by household as the run treats them, what the pass would derive
	 * from the ledger, and writes the rows of each chunk's households with the chunk.
	 */
	final class Stager {

		private final LocalDate asOf;

		private final Visibility visibility;

		private final LocalDate monthStart;

		/**
		 * The households the runs of the day before or of the first found not current.
		 */
		private final Set<String> notCurrent;

		private final Map<String, Staged> pending = new HashMap<>();

		private Stager(LocalDate asOf, Visibility visibility, Set<String> notCurrent) {
			this.asOf = asOf;
			this.visibility = visibility;
			this.notCurrent = notCurrent;
			this.monthStart = asOf.withDayOfMonth(1);
		}

		/**
		 * One household as the run treated it: {@code planned} the ladder's dunning of
		 * {@code household} as read, {@code done} what the run writes.
		 */
		void treated(HouseholdLedger household, Dunning planned, Dunning done, CollectionFacts facts,
				List<Receipt> receipts) {
			Assessment written = done.assessment();
			boolean clean = written.stage() == Stage.CURRENT && written.principalOverdue().signum() == 0
					&& written.lateFeeOutstanding().signum() == 0;
			boolean worked = !facts.contacts().isEmpty() || !facts.holds().isEmpty();
			if (clean && !worked && !notCurrent.contains(household.householdCode())) {
				return;
			}
			// the household as the pass reads it: the late fees the run posts included
			HouseholdLedger seen = household;
			if (!done.lateFees().isEmpty()) {
				List<LedgerEntry> entries = new ArrayList<>(household.entries());
				entries.addAll(done.lateFees());
				seen = new HouseholdLedger(household.householdCode(), household.tags(), entries);
			}
			Dunning assessed = done.lateFees().isEmpty() ? planned : assessor.assess(seen, asOf);
			Treatment t = rules.treat(assessed, seen, facts, visibility);
			Assessment a = t.dunning().assessment();
			String code = household.householdCode();
			List<LimitationPeriod> periods = CollectionDays.periods(clock, seen, facts, receipts, visibility, asOf);
			String promises = promises(t.state().promises());
			boolean readLedger = promises.length() > PROMISES_LENGTH
					|| periods.stream().anyMatch(p -> CollectionDays.endsInMonthOwing(p, asOf));
			pending.put(code,
					new Staged(code, a.stage(), a.team(), a.daysOverdue(), a.principalOverdue(), WorkList.lateFeeDue(a),
							done.lateFees().size(), CollectionDays.paid(seen.entries(), asOf, asOf, asOf),
							CollectionDays.paid(seen.entries(), monthStart, asOf, asOf),
							CollectionDays.earliestEnd(periods), readLedger,
							promises.length() > PROMISES_LENGTH ? "" : promises));
		}

		/**
		 * Writes the staged rows of the chunk's households, in the chunk's transaction.
		 */
		void written(List<? extends Dunning> chunk) {
			List<Object[]> rows = new ArrayList<>();
			for (Dunning d : chunk) {
				Staged s = pending.remove(d.assessment().householdCode());
				if (s != null) {
					rows.add(s.row(asOf));
				}
			}
			if (!rows.isEmpty()) {
				jdbc.batchUpdate(INSERT_STAGED, rows);
			}
		}

	}

}
