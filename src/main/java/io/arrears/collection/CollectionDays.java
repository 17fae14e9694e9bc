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

import javax.sql.DataSource;

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
 */
@Component
public class CollectionDays {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final Assessor assessor;

	private final CollectionRules rules;

	private final CollectionSettings settings;

	private final WorkList workList;

	private final LimitationClock clock;

	CollectionDays(DataSource dataSource, JdbcTemplate jdbc, Assessor assessor, CollectionSettings collectionSettings,
			LimitationSettings limitationSettings) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.assessor = assessor;
		this.settings = collectionSettings;
		this.rules = new CollectionRules(collectionSettings);
		this.workList = new WorkList(collectionSettings, limitationSettings);
		this.clock = new LimitationClock(limitationSettings);
	}

	/** The collection work of {@code asOf}, every estate. */
	public CollectionDay compute(LocalDate asOf) {
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
		Visibility visibility = Visibility.endOf(asOf);
		LocalDate yesterday = asOf.minusDays(1);
		Visibility yesterdayVisibility = Visibility.endOf(yesterday);
		LocalDate monthStart = asOf.withDayOfMonth(1);
		LocalDate monthEnd = asOf.withDayOfMonth(asOf.lengthOfMonth());
		Map<String, String> estateOf = new HashMap<>();
		Map<String, LastNotice> lastNotices = new HashMap<>();
		jdbc.query("SELECT household_code, kind, number, issued_on FROM notice WHERE issued_on <= ?"
				+ " ORDER BY issued_on, notice_id", rs -> {
					lastNotices.put(rs.getString(1), new LastNotice(NoticeKind.valueOf(rs.getString(2)), rs.getInt(3),
							rs.getObject(4, LocalDate.class)));
				}, Date.valueOf(asOf));
		// the collectors as imported: a version takes effect when the import records it
		List<Collector> versions = jdbc.query("SELECT * FROM collector ORDER BY recorded_at, collector_id",
				(rs, n) -> CollectionRowsWriter.collector(rs));
		Coverage coverage = Coverage.of(versions);
		FactsWindow window = new FactsWindow(jdbc, asOf);
		List<WorkItem> items = new ArrayList<>();
		List<Pending> pending = new ArrayList<>();
		List<LimitationPeriod> ended = new ArrayList<>();
		try (CollectionLedgers ledgers = everyone ? CollectionLedgers.everyone(dataSource, asOf)
				: CollectionLedgers.open(dataSource, asOf)) {
			for (CollectionLedgers.Worked w = ledgers.next(); w != null; w = ledgers.next()) {
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
				List<Interruption> others = new ArrayList<>(facts.visibleTo(visibility).interruptions(asOf));
				others.addAll(LimitationClock
					.receipts(window.receipts(code).stream().filter(r -> visibility.sees(r.recordedAt())).toList()));
				List<LimitationPeriod> periods = clock.periods(code, h.entries(), others, asOf);
				LocalDate ends = periods.stream()
					.map(LimitationPeriod::ends)
					.min(Comparator.naturalOrder())
					.orElse(null);
				periods.stream()
					.filter(p -> !p.ends().isBefore(monthStart) && !p.ends().isAfter(monthEnd))
					.filter(p -> p.outstanding().signum() > 0)
					.forEach(ended::add);
				CollectionLedgers.Place p = w.place();
				estateOf.put(code, p.estate());
				items.add(new WorkItem(code, p.estate(), p.building(), p.unit(), p.room(), p.owner(), p.phone(),
						t.dunning().assessment(), t.state(), lastNotices.get(code), ends));
				pending.add(new Pending(code, p.estate(), p.building(), teamYesterday,
						t.dunning().assessment().stage() == Stage.CURRENT, opening.team(), opening.principalOverdue(),
						paid(h.entries(), asOf, asOf, asOf), paid(h.entries(), monthStart, asOf, asOf),
						facts.visibleTo(visibility).contacts(), t.state().promises().all()));
			}
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot read the ledger as of " + asOf + ": " + e.getMessage(), e);
		}
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
	 * The household's payments effective from {@code from} to {@code to}, reversals
	 * applied.
	 */
	private static BigDecimal paid(List<LedgerEntry> entries, LocalDate from, LocalDate to, LocalDate asOf) {
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
