package io.arrears.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.arrears.dunning.ArrearsCsv;
import io.arrears.dunning.Assessment;
import io.arrears.dunning.NoticeKind;
import io.arrears.dunning.Stage;
import io.arrears.dunning.Team;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;
import io.arrears.limitation.Interruption;
import io.arrears.limitation.LimitationClock;
import io.arrears.limitation.LimitationCsv;
import io.arrears.limitation.LimitationPeriod;
import io.arrears.limitation.LimitationSettings;
import io.arrears.limitation.NoticeKey;
import io.arrears.limitation.Receipt;
import io.arrears.csv.CsvWriter;

/**
 * The {@code collect} vector through the pure rules: every day 2026-01-01 … 2026-04-30
 * assessed, promises and holds applied, late fees posted, notices registered; the
 * notices, the last day's arrears, the four work lists and the limitation watch equal the
 * expected files, and each of H11–H16 does what the vector's README says.
 */
class CollectVectorTest {

	private static final LocalDate FROM = LocalDate.parse("2026-01-01");

	private static final LocalDate TO = LocalDate.parse("2026-04-30");

	private static final CollectVector vector = new CollectVector();

	private static final LimitationClock clock = new LimitationClock(LimitationSettings.defaults());

	private static DailyRun run;

	private static final Map<LocalDate, Map<String, Treatment>> days = new TreeMap<>();

	@BeforeAll
	static void runTheSeason() {
		Map<String, io.arrears.dunning.HouseholdLedger> ledgers = new TreeMap<>();
		vector.households.keySet().forEach(code -> ledgers.put(code, vector.ledgerOf(code)));
		run = new DailyRun(ledgers, vector.facts, CollectionSettings.defaults());
		for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
			days.put(day, run.day(day));
		}
	}

	@Test
	void noticesAreTheExpectedOnesWithPromisesAndHoldsApplied() {
		List<String> expected = CollectVector.lines("expected-notices.csv");
		assertThat(run.noticesCsv()).containsExactlyElementsOf(expected.subList(1, expected.size()));
	}

	@Test
	void arrearsOfTheLastDayAreTheExpectedExport() {
		List<String> expected = CollectVector.lines("expected-arrears-2026-04-30.csv");
		List<String> export = days.get(TO)
			.values()
			.stream()
			.map(t -> t.dunning().assessment())
			.sorted(Comparator.comparing(Assessment::householdCode))
			.map(ArrearsCsv::line)
			.toList();
		assertThat(export).containsExactlyElementsOf(expected.subList(1, expected.size()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-02", "2026-02-05", "2026-04-08", "2026-04-30" })
	void workListsAreTheExpectedOnes(LocalDate date) {
		List<String> expected = CollectVector.lines("expected-worklist-" + date + ".csv");
		List<String> columns = List.of(expected.get(0).split(","));
		List<String> lines = workList(date).stream().map(l -> {
			List<String> fields = l.fields();
			return String.join(",", columns.stream().map(c -> fields.get(WorkLine.COLUMNS.indexOf(c))).toList());
		}).toList();
		assertThat(lines).containsExactlyElementsOf(expected.subList(1, expected.size()));
	}

	@Test
	void limitationWatchOfTheLastDayIsTheExpectedExport() {
		for (Receipt receipt : vector.receipts) {
			// the import's rule: a receipt names a notice that was issued
			assertThat(run.issued)
				.anyMatch(i -> new NoticeKey(i.household(), i.kind(), i.number(), i.episode()).equals(receipt.notice())
						&& !i.issuedOn().isAfter(receipt.receivedOn()));
		}
		List<String> expected = CollectVector.lines("expected-limitation-2026-04-30.csv");
		assertThat(expected.get(0)).isEqualTo(CsvWriter.line(LimitationCsv.COLUMNS.toArray()));
		List<String> watch = LimitationClock.watch(periods(TO), 1200)
			.stream()
			.map(p -> CsvWriter.line(LimitationCsv.fields(p).toArray()))
			.toList();
		assertThat(watch).containsExactlyElementsOf(expected.subList(1, expected.size()));
	}

	@Test
	void h11KeptItsPromiseSoRemindersThreeToFiveWentUnsentAndFebruaryStartedAfresh() {
		Promise promise = state("H11", "2026-02-06").promises().all().get(0);
		assertThat(promise.status()).isEqualTo(PromiseStatus.KEPT);
		assertThat(promise.paid()).isEqualByComparingTo("300.00");
		// the stage called for reminder 2 (already issued), 3 and 4 while the promise
		// held
		assertThat(run.suppressed).filteredOn(s -> s.reference().equals("K-H11-1"))
			.extracting(s -> s.notice().number())
			.containsOnly(2, 3, 4);
		assertThat(run.issued)
			.filteredOn(i -> i.household().equals("H11") && i.episode().equals(LocalDate.parse("2026-01-05")))
			.extracting(DailyRun.Issued::number)
			.containsExactly(1, 2);
		Treatment due = days.get(LocalDate.parse("2026-02-05")).get("H11");
		assertThat(due.dunning().assessment().stage()).isEqualTo(Stage.CURRENT);
		assertThat(due.state().promises().open()).map(Promise::promiseDate).contains(LocalDate.parse("2026-02-05"));
	}

	@Test
	void h12BrokeItsPromiseOnFebruarySecondAndTheSecondPromiseHeldNothing() {
		Promises on0202 = state("H12", "2026-02-02").promises();
		assertThat(on0202.all().get(0).amount()).isEqualByComparingTo("300.00");
		assertThat(on0202.brokenWithin(LocalDate.parse("2026-02-02"), 3)).map(Promise::brokenOn)
			.contains(LocalDate.parse("2026-02-02"));
		assertThat(workList(LocalDate.parse("2026-02-02"))).filteredOn(l -> l.householdCode().equals("H12"))
			.singleElement()
			.extracting(WorkLine::lastNotice, WorkLine::lastContact, WorkLine::openPromise, WorkLine::ownerPhone)
			.containsExactly("2026-02-02 REMINDER 4", "2026-01-25 VISIT PROMISED", "", "13800000012");
		Promises later = state("H12", "2026-02-21").promises();
		assertThat(later.all()).extracting(Promise::status, Promise::holds)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PromiseStatus.BROKEN, true),
					org.assertj.core.groups.Tuple.tuple(PromiseStatus.KEPT, false));
		// the first promise kept 3 back for good; the second, in the cooldown, kept
		// nothing
		assertThat(run.suppressed).filteredOn(s -> s.reference().startsWith("K-H12"))
			.extracting(Suppression::reference)
			.containsOnly("K-H12-1");
		assertThat(run.issued)
			.filteredOn(i -> i.household().equals("H12") && i.episode().equals(LocalDate.parse("2026-01-05")))
			.extracting(DailyRun.Issued::number)
			.containsExactly(1, 2, 4, 5, 6, 7, 8, 9);
	}

	@Test
	void h13UnderDisputeGetsNoNoticeNoLateFeeUntilAprilAndIsTheManagersMeanwhile() {
		assertThat(run.issued).filteredOn(i -> i.household().equals("H13"))
			.extracting(DailyRun.Issued::number)
			.containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(lateFeesOf("H13")).extracting(LedgerEntry::effectiveDate)
			.containsOnly(LocalDate.parse("2026-04-30"));
		assertThat(lateFeesOf("H13")).extracting(LedgerEntry::amount)
			.map(BigDecimal::toPlainString)
			.containsExactlyInAnyOrder(lateFeesOf("H2").stream()
				.filter(e -> e.effectiveDate().equals(TO))
				.map(e -> e.amount()
					.add(lateFeesOf("H2").stream()
						.filter(f -> f.lateFeeChargeReference().equals(e.lateFeeChargeReference()) && f != e)
						.map(LedgerEntry::amount)
						.reduce(BigDecimal.ZERO, BigDecimal::add)))
				.map(BigDecimal::toPlainString)
				.toArray(String[]::new));
		assertThat(days.get(LocalDate.parse("2026-02-28")).get("H13").lateFeesDeferred()).isTrue();
		assertThat(days.get(LocalDate.parse("2026-02-20")).get("H13").dunning().assessment().team())
			.isEqualTo(Team.MANAGER);
		assertThat(days.get(LocalDate.parse("2026-02-20")).get("H13").listedPublicly()).isFalse();
		assertThat(days.get(LocalDate.parse("2026-04-11")).get("H13").dunning().notice().kind())
			.isEqualTo(NoticeKind.CASE_FILE);
	}

	@Test
	void h14ReleasedOnFebruaryFifteenthGetsReminderEightThatDay() {
		assertThat(state("H14", "2026-02-14").isOnHold()).isTrue();
		assertThat(state("H14", "2026-02-15").isOnHold()).isFalse();
		assertThat(run.issued).filteredOn(i -> i.household().equals("H14"))
			.extracting(i -> i.kind() + " " + i.number() + " " + i.issuedOn())
			.containsExactly("REMINDER 8 2026-02-15", "REMINDER 9 2026-02-17", "REMINDER 10 2026-02-20",
					"LAWYER_LETTER 0 2026-03-06");
	}

	@Test
	void h15IsPriorYearUnassignedAndWatchedAndC00IsNeverAssigned() {
		for (String date : List.of("2026-02-02", "2026-02-05", "2026-04-08", "2026-04-30")) {
			List<WorkLine> lines = workList(LocalDate.parse(date));
			assertThat(lines).filteredOn(l -> l.householdCode().equals("H15")).singleElement().satisfies(l -> {
				assertThat(l.collectorCode()).isEqualTo("-");
				assertThat(l.flag()).isEqualTo(Flag.LIMITATION);
				assertThat(l.limitationEnds()).isEqualTo(LocalDate.parse("2026-07-31"));
			});
			assertThat(lines).noneMatch(l -> l.collectorCode().equals("C00"));
		}
	}

	@Test
	void h16AndH2ReceiptsRestartTheChargesDueByThen() {
		assertThat(periods(TO)).filteredOn(p -> p.householdCode().equals("H16"))
			.extracting(p -> p.chargeReference() + " " + p.lastStartKind() + " " + p.lastStartDate())
			.containsExactly("C-H16-2601 RECEIPT 2026-02-08", "C-H16-2602 RECEIPT 2026-02-08",
					"C-H16-2603 DUE 2026-03-05", "C-H16-2604 DUE 2026-04-05");
		assertThat(periods(TO)).filteredOn(p -> p.chargeReference().equals("C-H2-01"))
			.singleElement()
			.satisfies(p -> assertThat(p.interruptions()).extracting(Interruption::evidence)
				.containsExactly("EMS EA123456789CN"));
	}

	private static List<LedgerEntry> lateFeesOf(String household) {
		return run.ledger(household).entries().stream().filter(e -> e.type() == EntryType.LATE_FEE).toList();
	}

	private static CollectionState state(String household, String date) {
		return days.get(LocalDate.parse(date)).get(household).state();
	}

	private static List<LimitationPeriod> periods(LocalDate date) {
		List<LimitationPeriod> periods = new ArrayList<>();
		for (String code : vector.households.keySet()) {
			List<Interruption> others = new ArrayList<>(
					vector.facts.get(code).visibleTo(Visibility.endOf(date)).interruptions(date));
			others.addAll(LimitationClock.receipts(vector.receipts.stream()
				.filter(r -> r.notice().householdCode().equals(code))
				.filter(r -> Visibility.endOf(date).sees(r.recordedAt()))
				.toList()));
			periods.addAll(clock.periods(code, run.ledger(code).entries(), others, date));
		}
		return periods;
	}

	private static List<WorkLine> workList(LocalDate date) {
		List<LimitationPeriod> periods = periods(date);
		List<WorkItem> items = new ArrayList<>();
		for (Map.Entry<String, Treatment> t : days.get(date).entrySet()) {
			CollectVector.Household h = vector.households.get(t.getKey());
			LocalDate ends = periods.stream()
				.filter(p -> p.householdCode().equals(h.code()))
				.map(LimitationPeriod::ends)
				.min(Comparator.naturalOrder())
				.orElse(null);
			items.add(new WorkItem(h.code(), h.estate(), h.building(), h.unit(), h.room(), h.ownerName(),
					h.ownerPhone(), t.getValue().dunning().assessment(), t.getValue().state(),
					run.lastNotice(h.code(), date), ends));
		}
		// the collectors as imported: recorded after every date of the season, so a
		// replay
		// would see none of them; the live run sees what is imported, as here
		return new WorkList(CollectionSettings.defaults(), LimitationSettings.defaults()).lines(date,
				Coverage.of(vector.collectors), items);
	}

}
