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

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.arrears.batch.Databases;
import io.arrears.dunning.Assessment;
import io.arrears.dunning.Assessor;
import io.arrears.dunning.HouseholdLedger;
import io.arrears.dunning.HouseholdLedgerReader;
import io.arrears.dunning.NoticeKind;
import io.arrears.dunning.Stage;
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
 * again), then treated with its promises and holds ({@link CollectionRules#treat}); also
 * the day before and on the first of the month, for the review's newly in arrears,
 * cleared and opening principal. Households, the registry's last notices and collectors
 * are read in one query each, contacts, holds and receipts in windows of households
 * ({@link FactsWindow}): never a query per household.
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

	private record Place(String estate, String building, String unit, String room, String owner, String phone) {
	}

	/** The collection work of {@code asOf}, every estate. */
	public CollectionDay compute(LocalDate asOf) {
		Visibility visibility = Visibility.endOf(asOf);
		LocalDate yesterday = asOf.minusDays(1);
		Visibility yesterdayVisibility = Visibility.endOf(yesterday);
		LocalDate monthStart = asOf.withDayOfMonth(1);
		LocalDate monthEnd = asOf.withDayOfMonth(asOf.lengthOfMonth());
		Map<String, Place> places = new HashMap<>();
		jdbc.query("SELECT household_code, estate_code, building, unit, room, owner_name, owner_phone FROM household",
				rs -> {
					places.put(rs.getString(1), new Place(rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7)));
				});
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
		HouseholdLedgerReader reader = new HouseholdLedgerReader(dataSource, asOf,
				Databases.streamingFetchSize(dataSource));
		reader.open(new ExecutionContext());
		try {
			for (HouseholdLedger h = reader.read(); h != null; h = reader.read()) {
				String code = h.householdCode();
				CollectionFacts facts = window.facts(code);
				Treatment t = rules.treat(assessor.assess(h, asOf), h, facts, visibility);
				Treatment before = rules.treat(assessor.assess(h, yesterday), h, facts, yesterdayVisibility);
				Assessment opening = assessor.assess(h, monthStart).assessment();
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
				Place p = places.get(code);
				items.add(new WorkItem(code, p.estate(), p.building(), p.unit(), p.room(), p.owner(), p.phone(),
						t.dunning().assessment(), t.state(), lastNotices.get(code), ends));
				pending.add(new Pending(code, p.estate(), p.building(), before.dunning().assessment(),
						t.dunning().assessment().stage() == Stage.CURRENT, opening, paid(h.entries(), asOf, asOf, asOf),
						paid(h.entries(), monthStart, asOf, asOf), facts.visibleTo(visibility).contacts(),
						t.state().promises().all()));
			}
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot read the ledger as of " + asOf + ": " + e.getMessage(), e);
		}
		finally {
			reader.close();
		}
		List<WorkLine> lines = workList.lines(asOf, coverage, items);
		Map<String, WorkLine> lineOf = new HashMap<>();
		lines.forEach(l -> lineOf.put(l.householdCode(), l));
		List<CollectionDay.ReviewItem> review = new ArrayList<>(pending.size());
		for (Pending p : pending) {
			WorkLine line = lineOf.get(p.code());
			String listedWith = line == null ? null : line.collectorCode();
			String monthCollector = listedWith != null ? listedWith
					: coverage.assign(p.opening().team(), p.estate(), p.building()).orElse(null);
			review.add(new CollectionDay.ReviewItem(p.code(), p.estate(), p.building(), listedWith,
					p.yesterday().team(), p.current(), monthCollector, p.opening().principalOverdue(), p.paidToday(),
					p.paidMonth(), line != null && line.flag() == Flag.LIMITATION, p.contacts(), p.promises()));
		}
		Map<String, String> estateOf = new HashMap<>();
		places.forEach((code, place) -> estateOf.put(code, place.estate()));
		Map<String, String> names = new TreeMap<>();
		coverage.collectors().forEach(c -> names.put(c.code(), c.name()));
		ended.sort(Comparator.comparing(LimitationPeriod::ends)
			.thenComparing(LimitationPeriod::householdCode)
			.thenComparing(LimitationPeriod::chargeReference));
		return new CollectionDay(asOf, coverage, lines, estateOf, names, review, ended);
	}

	/** What the pass keeps of a household until the lists are made. */
	private record Pending(String code, String estate, String building, Assessment yesterday, boolean current,
			Assessment opening, BigDecimal paidToday, BigDecimal paidMonth, List<Contact> contacts,
			List<Promise> promises) {
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
