package io.arrears.collection;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.dunning.Assessment;
import io.arrears.dunning.Assessor;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.NoticeKind;
import io.arrears.dunning.Stage;
import io.arrears.dunning.Team;
import io.arrears.ledger.Allocation;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;
import io.arrears.limitation.Interruption;
import io.arrears.limitation.LimitationClock;
import io.arrears.limitation.LimitationPeriod;
import io.arrears.limitation.LimitationSettings;
import io.arrears.limitation.Receipt;

/**
 * The one streaming pass behind the work lists, the daily review and the month's
 * collection figures ({@link CollectionDay}). Each household is assessed as the run of D
 * left it (its ledger as of D, the late fees D posted included, so nothing is posted
 * again), then treated with its promises and holds ({@link CollectionRules#treat}). The
 * review's newly in arrears, cleared and opening principal compare it with the day before
 * and the first of the month as their runs recorded them ({@code stage_history}); a
 * household those runs did not record is assessed as of those dates instead. The pass
 * reads only the households that can be on a list or in the review
 * ({@link CollectionLedgers}): at a daily run, a fraction of the estate. Households, the
 * registry's last notices and collectors are read in one query each, contacts, holds and
 * receipts in windows of households ({@link FactsWindow}): never a query per household.
 *
 * <p>
 * After the daily run of the date, the pass reads no ledger at all: the run staged what
 * the pass derives from each household's ledger ({@link CollectionStaging}), and the pass
 * takes it with the stage history, the facts, the notices and the collectors, as long as
 * nothing it would see was recorded after the run began. Otherwise, and whenever a
 * household it looks at has no stage history of the date, the day before or the first, it
 * reads the ledger as described.
 */
@Component
public class CollectionDays {

	/**
	 * The households {@link CollectionLedgers#SQL} reads, without their ledger: with the
	 * stage history of the date ({@code t}), the day before and the first, and what the
	 * run staged ({@code s}).
	 */
	static final String SQL_STAGED = """
			SELECT h.household_code, h.estate_code, h.building, h.unit, h.room, h.owner_name, h.owner_phone,
			       t.household_code AS t_household,
			       y.household_code AS y_household, y.team AS y_team,
			       m.household_code AS m_household, m.team AS m_team, m.principal_overdue AS m_principal,
			       s.household_code AS s_household, s.stage AS s_stage, s.team AS s_team, s.days_overdue AS s_days,
			       s.principal_overdue AS s_principal, s.late_fee_due AS s_fee_due, s.late_fees AS s_late_fees,
			       s.paid_today AS s_paid_today, s.paid_month AS s_paid_month, s.limitation_ends AS s_ends,
			       s.read_ledger AS s_read_ledger, s.promises AS s_promises
			  FROM household h
			  LEFT JOIN stage_history t ON t.as_of = ? AND t.household_code = h.household_code
			  LEFT JOIN stage_history y ON y.as_of = ? AND y.household_code = h.household_code
			  LEFT JOIN stage_history m ON m.as_of = ? AND m.household_code = h.household_code
			  LEFT JOIN collection_staged s ON s.as_of = ? AND s.household_code = h.household_code
			""" + CollectionLedgers.WORKED;

	private static final Logger log = LoggerFactory.getLogger(CollectionDays.class);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final Assessor assessor;

	private final CollectionRules rules;

	private final CollectionSettings settings;

	private final WorkList workList;

	private final LimitationClock clock;

	private final CollectionStaging staging;

	/**
	 * Passes that took what the run staged: the test's evidence that no ledger was read.
	 */
	final AtomicInteger stagedPasses = new AtomicInteger();

	/** Passes that read the ledger ({@link CollectionLedgers#open}). */
	final AtomicInteger ledgerPasses = new AtomicInteger();

	CollectionDays(DataSource dataSource, JdbcTemplate jdbc, Assessor assessor, CollectionSettings collectionSettings,
			LimitationSettings limitationSettings, CollectionStaging staging) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.assessor = assessor;
		this.staging = staging;
		this.settings = collectionSettings;
		this.rules = new CollectionRules(collectionSettings);
		this.workList = new WorkList(collectionSettings, limitationSettings);
		this.clock = new LimitationClock(limitationSettings);
	}

	/** The collection work of {@code asOf}, every estate. */
	public CollectionDay compute(LocalDate asOf) {
		CollectionDay staged = fromStaging(asOf);
		if (staged != null) {
			stagedPasses.incrementAndGet();
			log.info("collection pass {}: {} households as the run staged them", asOf, staged.review().size());
			return staged;
		}
		ledgerPasses.incrementAndGet();
		log.info("collection pass {}: the run's staging cannot be taken, reading the ledger", asOf);
		return compute(asOf, false);
	}

	/**
	 * The same, reading every household and assessing the day before and the first of the
	 * month afresh: the test's reference for {@link #compute(LocalDate)}.
	 */
	CollectionDay computeReadingEveryone(LocalDate asOf) {
		return compute(asOf, true);
	}

	private CollectionDay compute(LocalDate asOf, boolean everyone) {
		Map<String, LastNotice> lastNotices = lastNotices(asOf);
		Coverage coverage = coverage();
		FactsWindow window = new FactsWindow(jdbc, asOf);
		Gathered gathered = new Gathered();
		try (CollectionLedgers ledgers = everyone ? CollectionLedgers.everyone(dataSource, asOf)
				: CollectionLedgers.open(dataSource, asOf)) {
			for (CollectionLedgers.Worked w = ledgers.next(); w != null; w = ledgers.next()) {
				gather(w, asOf, window, lastNotices, gathered);
			}
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot read the ledger as of " + asOf + ": " + e.getMessage(), e);
		}
		return day(asOf, coverage, gathered);
	}

	/** What the pass gathers, household by household, until the lists are made. */
	private static final class Gathered {

		final Map<String, String> estateOf = new HashMap<>();

		final List<WorkItem> items = new ArrayList<>();

		final List<Pending> pending = new ArrayList<>();

		final List<LimitationPeriod> ended = new ArrayList<>();

	}

	/** One household of the pass, read with its ledger. */
	private void gather(CollectionLedgers.Worked w, LocalDate asOf, FactsWindow window,
			Map<String, LastNotice> lastNotices, Gathered gathered) {
		Visibility visibility = Visibility.endOf(asOf);
		LocalDate yesterday = asOf.minusDays(1);
		Visibility yesterdayVisibility = Visibility.endOf(yesterday);
		LocalDate monthStart = asOf.withDayOfMonth(1);
		HouseholdLedger h = w.ledger();
		String code = h.householdCode();
		CollectionFacts facts = window.facts(code);
		Treatment t = rules.treat(assessor.assess(h, asOf), h, facts, visibility);
		// the day before and the first of the month as their runs recorded them;
		// assessed only where no run recorded the household
		Team teamYesterday = w.yesterday() != null ? w.yesterday().team()
				: rules.treat(assessor.assess(h, yesterday), h, facts, yesterdayVisibility)
					.dunning()
					.assessment()
					.team();
		CollectionLedgers.Recorded opening = w.opening() != null ? w.opening()
				: recorded(rules.treat(assessor.assess(h, monthStart), h, facts, Visibility.endOf(monthStart))
					.dunning()
					.assessment());
		List<LimitationPeriod> periods = periods(clock, h, facts, window.receipts(code), visibility, asOf);
		LocalDate ends = earliestEnd(periods);
		periods.stream().filter(p -> endsInMonthOwing(p, asOf)).forEach(gathered.ended::add);
		CollectionLedgers.Place p = w.place();
		gathered.estateOf.put(code, p.estate());
		gathered.items.add(new WorkItem(code, p.estate(), p.building(), p.unit(), p.room(), p.owner(), p.phone(),
				t.dunning().assessment(), t.state(), lastNotices.get(code), ends));
		gathered.pending.add(new Pending(code, p.estate(), p.building(), teamYesterday,
				t.dunning().assessment().stage() == Stage.CURRENT, opening.team(), opening.principalOverdue(),
				paid(h.entries(), asOf, asOf, asOf), paid(h.entries(), monthStart, asOf, asOf),
				facts.visibleTo(visibility).contacts(), t.state().promises().all()));
	}

	/**
	 * The day from what the run of the date staged, reading no ledger but that of the
	 * households whose rows say the pass needs it ({@code read_ledger}: a limitation
	 * period ending in the month, which the month-end pack lists in full); null when the
	 * staging cannot be trusted ({@link CollectionStaging#trusted}), or a household
	 * looked at lacks the stage history of the date, the day before or the first of the
	 * month, or was not staged.
	 */
	private CollectionDay fromStaging(LocalDate asOf) {
		if (!staging.trusted(asOf)) {
			return null;
		}
		List<Looked> looked = new ArrayList<>();
		Date day = Date.valueOf(asOf);
		jdbc.query(SQL_STAGED, rs -> {
			looked.add(new Looked(
					new CollectionLedgers.Place(rs.getString("estate_code"), rs.getString("building"),
							rs.getString("unit"), rs.getString("room"), rs.getString("owner_name"),
							rs.getString("owner_phone")),
					rs.getString("household_code"), rs.getString("t_household") != null,
					CollectionLedgers.recorded(rs, "y_", null), CollectionLedgers.recorded(rs, "m_", "m_principal"),
					rs.getString("s_household") == null ? null : CollectionStaging.Staged.read(rs)));
		}, day, Date.valueOf(asOf.minusDays(1)), Date.valueOf(asOf.withDayOfMonth(1)), day, day, day);
		if (looked.stream()
			.anyMatch(l -> !l.assessed() || l.yesterday() == null || l.opening() == null || l.staged() == null)) {
			return null;
		}
		Map<String, HouseholdLedger> ledgers = staging.ledgers(asOf,
				looked.stream().filter(l -> l.staged().readLedger()).map(Looked::code).toList());
		Visibility visibility = Visibility.endOf(asOf);
		Map<String, LastNotice> lastNotices = lastNotices(asOf);
		Coverage coverage = coverage();
		FactsWindow window = new FactsWindow(jdbc, asOf);
		Gathered gathered = new Gathered();
		for (Looked l : looked) {
			String code = l.code();
			CollectionLedgers.Place p = l.place();
			CollectionStaging.Staged s = l.staged();
			if (s.readLedger()) {
				gather(new CollectionLedgers.Worked(ledgers.get(code), p, l.yesterday(), l.opening()), asOf, window,
						lastNotices, gathered);
				continue;
			}
			CollectionFacts seen = window.facts(code).visibleTo(visibility);
			Promises promises = s.promises(seen.contacts(), asOf);
			if (promises == null) {
				return null;
			}
			gathered.estateOf.put(code, p.estate());
			gathered.items.add(new WorkItem(code, p.estate(), p.building(), p.unit(), p.room(), p.owner(), p.phone(),
					s.assessment(asOf), CollectionRules.state(code, seen, promises, asOf), lastNotices.get(code),
					s.limitationEnds(), s.lateFeeDue()));
			gathered.pending.add(new Pending(code, p.estate(), p.building(), l.yesterday().team(),
					s.stage() == Stage.CURRENT, l.opening().team(), l.opening().principalOverdue(), s.paidToday(),
					s.paidMonth(), seen.contacts(), promises.all()));
		}
		return day(asOf, coverage, gathered);
	}

	/** A household of the staged pass, as {@link #SQL_STAGED} finds it. */
	private record Looked(CollectionLedgers.Place place, String code, boolean assessed,
			CollectionLedgers.Recorded yesterday, CollectionLedgers.Recorded opening, CollectionStaging.Staged staged) {
	}

	/** Each household's last notice issued by the date. */
	private Map<String, LastNotice> lastNotices(LocalDate asOf) {
		Map<String, LastNotice> lastNotices = new HashMap<>();
		jdbc.query("SELECT household_code, kind, number, issued_on FROM notice WHERE issued_on <= ?"
				+ " ORDER BY issued_on, notice_id", rs -> {
					lastNotices.put(rs.getString(1), new LastNotice(NoticeKind.valueOf(rs.getString(2)), rs.getInt(3),
							rs.getObject(4, LocalDate.class)));
				}, Date.valueOf(asOf));
		return lastNotices;
	}

	/** The collectors as imported: a version takes effect when the import records it. */
	private Coverage coverage() {
		List<Collector> versions = jdbc.query("SELECT * FROM collector ORDER BY recorded_at, collector_id",
				(rs, n) -> CollectionRowsWriter.collector(rs));
		return Coverage.of(versions);
	}

	/** The lists, the review and the limitation watch of the households gathered. */
	private CollectionDay day(LocalDate asOf, Coverage coverage, Gathered gathered) {
		List<Pending> pending = gathered.pending;
		List<LimitationPeriod> ended = gathered.ended;
		Map<String, String> estateOf = gathered.estateOf;
		List<WorkItem> items = gathered.items;
		List<WorkLine> lines = workList.lines(asOf, coverage, items);
		Map<String, WorkLine> lineOf = new HashMap<>();
		lines.forEach(l -> lineOf.put(l.householdCode(), l));
		List<CollectionDay.ReviewItem> review = new ArrayList<>(pending.size());
		for (Pending p : pending) {
			WorkLine line = lineOf.get(p.code());
			String listedWith = line == null ? null : line.collectorCode();
			String monthCollector = listedWith != null ? listedWith
					: coverage.assign(p.openingTeam(), p.estate(), p.building()).orElse(null);
			review.add(new CollectionDay.ReviewItem(p.code(), p.estate(), p.building(), listedWith, p.teamYesterday(),
					p.current(), monthCollector, p.openingPrincipal(), p.paidToday(), p.paidMonth(),
					line != null && line.flag() == Flag.LIMITATION, p.contacts(), p.promises()));
		}
		Map<String, String> names = new TreeMap<>();
		coverage.collectors().forEach(c -> names.put(c.code(), c.name()));
		ended.sort(Comparator.comparing(LimitationPeriod::ends)
			.thenComparing(LimitationPeriod::householdCode)
			.thenComparing(LimitationPeriod::chargeReference));
		return new CollectionDay(asOf, coverage, lines, estateOf, names, review, ended);
	}

	/** What the pass keeps of a household until the lists are made. */
	private record Pending(String code, String estate, String building, Team teamYesterday, boolean current,
			Team openingTeam, BigDecimal openingPrincipal, BigDecimal paidToday, BigDecimal paidMonth,
			List<Contact> contacts, List<Promise> promises) {
	}

	private static CollectionLedgers.Recorded recorded(Assessment a) {
		return new CollectionLedgers.Recorded(a.team(), a.principalOverdue());
	}

	/**
	 * The household's limitation periods on the date of {@code visibility} (SPEC §10),
	 * interrupted by what the facts and receipts recorded by then say: the pass's and the
	 * staging's one computation.
	 */
	static List<LimitationPeriod> periods(LimitationClock clock, HouseholdLedger h, CollectionFacts facts,
			List<Receipt> receipts, Visibility visibility, LocalDate asOf) {
		List<Interruption> others = new ArrayList<>(facts.visibleTo(visibility).interruptions(asOf));
		others
			.addAll(LimitationClock.receipts(receipts.stream().filter(r -> visibility.sees(r.recordedAt())).toList()));
		return clock.periods(h.householdCode(), h.entries(), others, asOf);
	}

	/** The earliest end of the periods, null when there are none. */
	static LocalDate earliestEnd(List<LimitationPeriod> periods) {
		return periods.stream().map(LimitationPeriod::ends).min(Comparator.naturalOrder()).orElse(null);
	}

	/**
	 * Whether a period ends in the date's month with something still owed: the month-end
	 * pack's limitation list.
	 */
	static boolean endsInMonthOwing(LimitationPeriod p, LocalDate asOf) {
		return !p.ends().isBefore(asOf.withDayOfMonth(1))
				&& !p.ends().isAfter(asOf.withDayOfMonth(asOf.lengthOfMonth())) && p.outstanding().signum() > 0;
	}

	/**
	 * The household's payments effective from {@code from} to {@code to}, reversals
	 * applied.
	 */
	static BigDecimal paid(List<LedgerEntry> entries, LocalDate from, LocalDate to, LocalDate asOf) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (LedgerEntry e : Allocation.effectiveEvents(entries, asOf)) {
			if (e.type() == EntryType.PAYMENT && !e.effectiveDate().isBefore(from) && !e.effectiveDate().isAfter(to)) {
				total = total.add(e.amount());
			}
		}
		return total;
	}

	CollectionSettings settings() {
		return settings;
	}

}
