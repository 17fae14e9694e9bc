package io.arrears.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.arrears.latefee.LateFeePolicy;
import io.arrears.latefee.Posting;
import io.arrears.ledger.Allocation;
import io.arrears.ledger.ChargeBalance;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LateFeeBalance;
import io.arrears.ledger.LedgerEntry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the rules over generated households: charges, payments and waivers at
 * random.
 */
class RulesPropertiesTest {

	private static final LocalDate START = LocalDate.parse("2025-10-01");

	private static final Rules RULES = ShippedRules.rules();

	private final Assessor assessor = new Assessor(RULES);

	@Property
	void allocationConservesMoney(@ForAll("households") HouseholdLedger household,
			@ForAll @IntRange(min = 0, max = 300) int day) {
		LocalDate asOf = START.plusDays(day);
		List<LedgerEntry> withFees = postEveryMonthEnd(household, asOf).entries();
		Allocation allocation = Allocation.of(withFees, asOf);

		BigDecimal owed = BigDecimal.ZERO;
		for (LedgerEntry e : Allocation.effectiveEvents(withFees, asOf)) {
			if (e.type() == EntryType.CHARGE || e.type() == EntryType.LATE_FEE) {
				owed = owed.add(e.amount());
			}
		}
		BigDecimal stillOwed = allocation.charges()
			.stream()
			.map(ChargeBalance::outstanding)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.add(allocation.lateFees()
				.stream()
				.map(LateFeeBalance::outstanding)
				.reduce(BigDecimal.ZERO, BigDecimal::add));

		assertThat(owed.subtract(allocation.paid()).subtract(allocation.waived()))
			.isEqualByComparingTo(stillOwed.subtract(allocation.credit()));
		assertThat(allocation.credit().signum() == 0 || stillOwed.signum() == 0)
			.as("credit is left only when nothing is owed")
			.isTrue();
		BigDecimal applied = allocation.applications()
			.stream()
			.map(Allocation.Application::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(applied).as("every fen paid or waived is traced to what it paid")
			.isEqualByComparingTo(allocation.paid().subtract(allocation.credit()).add(allocation.waived()));
	}

	@Property
	void stageNeverFallsAsDaysPassWithoutAPayment(@ForAll("households") HouseholdLedger household,
			@ForAll @IntRange(min = 0, max = 300) int day, @ForAll @IntRange(min = 1, max = 120) int later) {
		LocalDate first = START.plusDays(day);
		LocalDate second = first.plusDays(later);
		List<LedgerEntry> noLaterPayment = household.entries()
			.stream()
			.filter(e -> e.type() == EntryType.CHARGE || !e.effectiveDate().isAfter(first))
			.toList();
		HouseholdLedger quiet = new HouseholdLedger(household.householdCode(), household.tags(), noLaterPayment);

		Stage before = assessor.assess(quiet, first).assessment().stage();
		Stage after = assessor.assess(quiet, second).assessment().stage();

		assertThat(after).isGreaterThanOrEqualTo(before);
	}

	// each try posts a week at a time for up to 1,200 days: 1,000 tries took 18 s of the
	// build for no more confidence than 200
	@Property(tries = 200)
	void aLateFeeNeverExceedsItsCap(@ForAll("households") HouseholdLedger household,
			@ForAll @IntRange(min = 0, max = 1200) int day, @ForAll("capRatios") BigDecimal capRatio) {
		LocalDate asOf = START.plusDays(day);
		LateFeePolicy policy = new LateFeePolicy(new BigDecimal("0.0005"), capRatio, Posting.DAILY);
		Rules rules = new Rules(RULES.ladder(), RULES.minArrears(), policy);
		HouseholdLedger posted = postEveryDay(household, asOf, new Assessor(rules));
		Allocation allocation = Allocation.of(posted.entries(), asOf);

		for (ChargeBalance charge : allocation.charges()) {
			BigDecimal cap = charge.amount().multiply(capRatio);
			assertThat(policy.accrued(charge, asOf)).isLessThanOrEqualTo(cap);
			assertThat(allocation.lateFeePostedFor(charge.reference()))
				.isLessThanOrEqualTo(cap.setScale(2, RoundingMode.HALF_UP));
		}
	}

	@Property
	void postingIsCumulativeWhicheverEarlierPostingDaysRan(@ForAll("households") HouseholdLedger household,
			@ForAll @IntRange(min = 1, max = 10) int monthEnds, @ForAll("skips") Set<Integer> skipped) {
		// Run every month-end up to the last one, except the skipped ones, then the last
		// one.
		LocalDate last = YearMonth.from(START).plusMonths(monthEnds - 1).atEndOfMonth();
		HouseholdLedger ledger = household;
		for (int m = 0; m < monthEnds - 1; m++) {
			if (!skipped.contains(m)) {
				ledger = post(ledger, YearMonth.from(START).plusMonths(m).atEndOfMonth(), assessor);
			}
		}
		Dunning lastRun = assessor.assess(ledger, last);
		ledger = withEntries(ledger, lastRun.lateFees());

		if (lastRun.assessment().stage().isAtLeast(Stage.REMINDER_6)) {
			Allocation allocation = Allocation.of(ledger.entries(), last);
			for (ChargeBalance charge : allocation.charges()) {
				if (charge.due().isBefore(last) && charge.outstanding().signum() > 0) {
					assertThat(allocation.lateFeePostedFor(charge.reference()))
						.as("posted on overdue charge %s", charge.reference())
						.isEqualByComparingTo(RULES.lateFee().accruedRounded(charge, last));
				}
			}
		}
	}

	@Property
	void reRunningADatePostsNothing(@ForAll("households") HouseholdLedger household,
			@ForAll @IntRange(min = 1, max = 12) int months) {
		LocalDate monthEnd = YearMonth.from(START).plusMonths(months - 1).atEndOfMonth();
		HouseholdLedger once = post(household, monthEnd, assessor);

		Dunning again = assessor.assess(once, monthEnd);

		assertThat(again.lateFees()).isEmpty();
		assertThat(again.assessment()).isEqualTo(assessor.assess(once, monthEnd).assessment());
	}

	@Provide
	Arbitrary<BigDecimal> capRatios() {
		return Arbitraries.of(new BigDecimal("1.00"), new BigDecimal("0.10"), new BigDecimal("0.01"),
				new BigDecimal("0.5"));
	}

	@Provide
	Arbitrary<Set<Integer>> skips() {
		return Arbitraries.integers().between(0, 11).set();
	}

	/**
	 * A household with up to a year of monthly charges, some payments and perhaps a
	 * waiver.
	 */
	@Provide
	Arbitrary<HouseholdLedger> households() {
		Arbitrary<BigDecimal> money = Arbitraries.bigDecimals()
			.between(new BigDecimal("0.01"), new BigDecimal("3000.00"))
			.ofScale(2);
		Arbitrary<List<BigDecimal>> charges = money.list().ofMinSize(1).ofMaxSize(12);
		Arbitrary<List<int[]>> payments = Combinators
			.combine(Arbitraries.integers().between(-40, 400), Arbitraries.integers().between(1, 400000))
			.as((day, cents) -> new int[] { day, cents })
			.list()
			.ofMaxSize(8);
		Arbitrary<List<int[]>> waivers = Combinators
			.combine(Arbitraries.integers().between(0, 400), Arbitraries.integers().between(1, 5000))
			.as((day, cents) -> new int[] { day, cents })
			.list()
			.ofMaxSize(2);
		return Combinators.combine(charges, payments, waivers).as(RulesPropertiesTest::household);
	}

	private static HouseholdLedger household(List<BigDecimal> charges, List<int[]> payments, List<int[]> waivers) {
		List<LedgerEntry> entries = new ArrayList<>();
		for (int i = 0; i < charges.size(); i++) {
			YearMonth period = YearMonth.from(START).plusMonths(i);
			entries.add(entry("C" + i, EntryType.CHARGE, period, charges.get(i), period.atDay(5)));
		}
		for (int i = 0; i < payments.size(); i++) {
			entries.add(entry("P" + i, EntryType.PAYMENT, null, cents(payments.get(i)[1]),
					START.plusDays(payments.get(i)[0])));
		}
		for (int i = 0; i < waivers.size(); i++) {
			entries.add(entry("W" + i, EntryType.LATE_FEE_WAIVER, null, cents(waivers.get(i)[1]),
					START.plusDays(waivers.get(i)[0])));
		}
		return new HouseholdLedger("H", Set.of(), entries);
	}

	private static BigDecimal cents(int cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	private static LedgerEntry entry(String ref, EntryType type, YearMonth period, BigDecimal amount, LocalDate day) {
		return new LedgerEntry(ref, "H", type, type == EntryType.CHARGE ? "物业费" : null, period, amount, day,
				LocalDateTime.of(day, LocalTime.NOON), null);
	}

	private static HouseholdLedger post(HouseholdLedger household, LocalDate day, Assessor assessor) {
		return withEntries(household, assessor.assess(household, day).lateFees());
	}

	private static HouseholdLedger withEntries(HouseholdLedger household, List<LedgerEntry> more) {
		List<LedgerEntry> entries = new ArrayList<>(household.entries());
		entries.addAll(more);
		return new HouseholdLedger(household.householdCode(), household.tags(), entries);
	}

	private HouseholdLedger postEveryMonthEnd(HouseholdLedger household, LocalDate until) {
		HouseholdLedger ledger = household;
		for (YearMonth m = YearMonth.from(START); !m.atEndOfMonth().isAfter(until); m = m.plusMonths(1)) {
			ledger = post(ledger, m.atEndOfMonth(), assessor);
		}
		return ledger;
	}

	private static HouseholdLedger postEveryDay(HouseholdLedger household, LocalDate until, Assessor assessor) {
		HouseholdLedger ledger = household;
		for (LocalDate day = START; !day.isAfter(until); day = day.plusDays(7)) {
			ledger = post(ledger, day, assessor);
		}
		return post(ledger, until, assessor);
	}

}
