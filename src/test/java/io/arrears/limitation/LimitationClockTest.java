package io.arrears.limitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.arrears.dunning.NoticeKind;
import io.arrears.ledger.EntryType;
import io.arrears.ledger.LedgerEntry;

/** The limitation clock of SPEC §10, start kind by start kind. */
class LimitationClockTest {

	private static final LimitationClock clock = new LimitationClock(LimitationSettings.defaults());

	private static final LocalDate AS_OF = LocalDate.parse("2026-04-30");

	private static LedgerEntry charge(String ref, String due) {
		return new LedgerEntry(ref, "H", EntryType.CHARGE, "物业费", YearMonth.from(LocalDate.parse(due)),
				new BigDecimal("300.00"), LocalDate.parse(due), LocalDateTime.parse(due + "T09:00:00"), null);
	}

	private static LedgerEntry payment(String ref, String amount, String on) {
		return new LedgerEntry(ref, "H", EntryType.PAYMENT, null, null, new BigDecimal(amount), LocalDate.parse(on),
				LocalDateTime.parse(on + "T10:00:00"), null);
	}

	private static LimitationPeriod only(List<LimitationPeriod> periods) {
		assertThat(periods).hasSize(1);
		return periods.get(0);
	}

	@Test
	void anUninterruptedChargeRunsThreeYearsFromItsDueDate() {
		LimitationPeriod p = only(clock.periods("H", List.of(charge("C1", "2026-01-05")), List.of(), AS_OF));
		assertThat(p.lastStartKind()).isEqualTo(StartKind.DUE);
		assertThat(p.ends()).isEqualTo("2029-01-04");
		assertThat(p.daysLeft()).isEqualTo(980);
		assertThat(p.outstanding()).isEqualByComparingTo("300.00");
	}

	@Test
	void aPartPaymentRestartsTheChargeItLeavesUnpaid() {
		LimitationPeriod p = only(clock.periods("H",
				List.of(charge("C1", "2023-06-05"), payment("P1", "100.00", "2023-08-01")), List.of(), AS_OF));
		assertThat(p.lastStartKind()).isEqualTo(StartKind.PAYMENT);
		assertThat(p.lastStartDate()).isEqualTo("2023-08-01");
		assertThat(p.ends()).isEqualTo("2026-07-31");
		assertThat(p.daysLeft()).isEqualTo(92);
		assertThat(p.interruptions()).extracting(Interruption::evidence).containsExactly("P1");
	}

	@Test
	void aPromiseAReceiptAndAFiledClaimEachRestartIt() {
		List<LedgerEntry> ledger = List.of(charge("C1", "2026-01-05"));
		assertThat(only(clock.periods("H", ledger,
				List.of(new Interruption(StartKind.PROMISE, LocalDate.parse("2026-01-25"), "K1")), AS_OF)))
			.extracting(LimitationPeriod::lastStartKind, LimitationPeriod::ends)
			.containsExactly(StartKind.PROMISE, LocalDate.parse("2029-01-24"));
		Receipt signed = new Receipt(new NoticeKey("H", NoticeKind.REMINDER, 6, LocalDate.parse("2026-01-05")),
				LocalDate.parse("2026-02-08"), ReceiptMethod.SIGNED, null, LocalDateTime.parse("2026-02-09T09:00:00"));
		assertThat(only(clock.periods("H", ledger, LimitationClock.receipts(List.of(signed)), AS_OF)))
			.extracting(LimitationPeriod::lastStartKind, LimitationPeriod::ends)
			.containsExactly(StartKind.RECEIPT, LocalDate.parse("2029-02-07"));
		assertThat(only(clock.periods("H", ledger,
				List.of(new Interruption(StartKind.LITIGATION, LocalDate.parse("2026-04-20"), "HD1")), AS_OF)))
			.extracting(LimitationPeriod::lastStartKind, LimitationPeriod::ends)
			.containsExactly(StartKind.LITIGATION, LocalDate.parse("2029-04-19"));
	}

	@Test
	void onOneDayTheKindLastInTheOrderNamesTheStart() {
		LocalDate day = LocalDate.parse("2026-01-05");
		// a payment on the due date itself: PAYMENT after DUE
		LimitationPeriod paid = only(clock.periods("H",
				List.of(charge("C1", "2026-01-05"), payment("P1", "299.50", "2026-01-05")), List.of(), AS_OF));
		assertThat(paid.lastStartKind()).isEqualTo(StartKind.PAYMENT);
		assertThat(paid.outstanding()).isEqualByComparingTo("0.50");
		LimitationPeriod all = only(clock.periods("H", List.of(charge("C1", "2026-01-05")),
				List.of(new Interruption(StartKind.LITIGATION, day, "HD1"),
						new Interruption(StartKind.RECEIPT, day, "EMS 1"),
						new Interruption(StartKind.PROMISE, day, "K1")),
				AS_OF));
		assertThat(all.lastStartKind()).isEqualTo(StartKind.LITIGATION);
	}

	@Test
	void interruptionsBeforeTheDueDateOrAfterTheAsOfDateDoNotCount() {
		LimitationPeriod p = only(
				clock
					.periods("H", List.of(charge("C1", "2026-02-05")),
							List.of(new Interruption(StartKind.PROMISE, LocalDate.parse("2026-01-25"), "K1"),
									new Interruption(StartKind.RECEIPT, LocalDate.parse("2026-05-02"), "EMS 1")),
							AS_OF));
		assertThat(p.lastStartKind()).isEqualTo(StartKind.DUE);
		assertThat(p.interruptions()).isEmpty();
	}

	@Test
	void twentyNinthFebruaryPlusYearsIsTwentyEighthSoThePeriodEndsOnTheTwentySeventh() {
		assertThat(LimitationClock.ends(LocalDate.parse("2024-02-29"), 3)).isEqualTo("2027-02-27");
		assertThat(LimitationClock.ends(LocalDate.parse("2024-02-29"), 4)).isEqualTo("2028-02-28");
		LimitationPeriod p = only(
				clock.periods("H", List.of(charge("C1", "2024-02-05"), payment("P1", "100.00", "2024-02-29")),
						List.of(), LocalDate.parse("2026-04-30")));
		assertThat(p.ends()).isEqualTo("2027-02-27");
	}

	@Test
	void aChargeWhosePeriodHasEndedHasNegativeDaysLeftAndIsAlwaysWatched() {
		LimitationPeriod p = only(clock.periods("H", List.of(charge("C1", "2023-03-05")), List.of(), AS_OF));
		assertThat(p.ends()).isEqualTo("2026-03-04");
		assertThat(p.daysLeft()).isEqualTo(-57);
		assertThat(p.hasEnded()).isTrue();
		assertThat(LimitationClock.watch(List.of(p), 0)).containsExactly(p);
	}

	@Test
	void aPaidOrReversedChargeHasNoPeriodAndAReversedPaymentDoesNotInterrupt() {
		LedgerEntry reversal = new LedgerEntry("R1", "H", EntryType.REVERSAL, null, null, new BigDecimal("0.00"),
				LocalDate.parse("2026-03-01"), LocalDateTime.parse("2026-03-01T10:00:00"), "P2");
		List<LimitationPeriod> periods = clock.periods(
				"H", List.of(charge("C1", "2026-01-05"), charge("C2", "2026-02-05"),
						payment("P1", "300.00", "2026-01-10"), payment("P2", "100.00", "2026-02-20"), reversal),
				List.of(), AS_OF);
		assertThat(periods).extracting(LimitationPeriod::chargeReference, LimitationPeriod::lastStartKind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C2", StartKind.DUE));
	}

	@Test
	void ofSeveralReceiptsOfOneNoticeTheEarliestCounts() {
		NoticeKey letter = new NoticeKey("H", NoticeKind.LAWYER_LETTER, 0, LocalDate.parse("2026-01-05"));
		List<Interruption> receipts = LimitationClock.receipts(List.of(
				new Receipt(letter, LocalDate.parse("2026-03-20"), ReceiptMethod.SIGNED, null,
						LocalDateTime.parse("2026-03-21T09:00:00")),
				new Receipt(letter, LocalDate.parse("2026-03-09"), ReceiptMethod.EMS, "EA123456789CN",
						LocalDateTime.parse("2026-03-10T09:00:00"))));
		assertThat(receipts)
			.containsExactly(new Interruption(StartKind.RECEIPT, LocalDate.parse("2026-03-09"), "EMS EA123456789CN"));
	}

	@Test
	void theWatchListsWhatEndsWithinTheDaysSortedByEndHouseholdCharge() {
		LimitationPeriod a = new LimitationPeriod("H2", "C-2", LocalDate.parse("2026-01-05"), BigDecimal.TEN,
				StartKind.DUE, LocalDate.parse("2026-01-05"), LocalDate.parse("2029-01-04"), 980, List.of());
		LimitationPeriod b = new LimitationPeriod("H10", "C-1", LocalDate.parse("2026-01-05"), BigDecimal.TEN,
				StartKind.DUE, LocalDate.parse("2026-01-05"), LocalDate.parse("2029-01-04"), 980, List.of());
		LimitationPeriod c = new LimitationPeriod("H3", "C-3", LocalDate.parse("2023-09-05"), BigDecimal.TEN,
				StartKind.DUE, LocalDate.parse("2023-09-05"), LocalDate.parse("2026-09-04"), 127, List.of());
		assertThat(LimitationClock.watch(List.of(a, b, c), 180)).containsExactly(c);
		assertThat(LimitationClock.watch(List.of(a, b, c), 1200)).containsExactly(c, b, a);
	}

}
