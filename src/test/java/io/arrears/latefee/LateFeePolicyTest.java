package io.arrears.latefee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.arrears.ledger.ChargeBalance;

/** The late fee of SPEC §4 on hand-computed cases. */
class LateFeePolicyTest {

	private static final LateFeePolicy POLICY = new LateFeePolicy(new BigDecimal("0.0003"), new BigDecimal("1.00"),
			Posting.MONTH_END);

	private static ChargeBalance charge(String amount, String due, String... changes) {
		TreeMap<LocalDate, BigDecimal> history = new TreeMap<>();
		history.put(LocalDate.parse(due), new BigDecimal(amount));
		for (int i = 0; i < changes.length; i += 2) {
			history.put(LocalDate.parse(changes[i]), new BigDecimal(changes[i + 1]));
		}
		return new ChargeBalance("C", "物业费", null, LocalDate.parse(due), new BigDecimal(amount), history);
	}

	@Test
	void accruesFromTheDayAfterTheDueDateThroughTheAsOfDate() {
		// 2026-01-06 … 2026-04-30 is 115 days: 300 × 0.0003 × 115
		assertThat(POLICY.accrued(charge("300.00", "2026-01-05"), LocalDate.parse("2026-04-30")))
			.isEqualByComparingTo("10.35");
		assertThat(POLICY.accrued(charge("300.00", "2026-01-05"), LocalDate.parse("2026-01-05"))).isZero();
	}

	@Test
	void accruesOnEachDaysClosingPrincipal() {
		// 100 owed 01-06 … 01-09 (4 days), 40 owed 01-10 … 01-19 (10 days), paid off on
		// 01-20
		ChargeBalance charge = charge("100.00", "2026-01-05", "2026-01-10", "40.00", "2026-01-20", "0.00");

		assertThat(POLICY.accrued(charge, LocalDate.parse("2026-03-01"))).isEqualByComparingTo(
				new BigDecimal("0.0003").multiply(new BigDecimal("400.00").add(new BigDecimal("400.00"))));
		assertThat(POLICY.spans(charge, LocalDate.parse("2026-03-01"))).hasSize(2)
			.extracting(LateFeePolicy.Span::days)
			.containsExactly(4L, 10L);
	}

	@Test
	void neverExceedsTheCap() {
		LateFeePolicy tenth = new LateFeePolicy(new BigDecimal("0.0003"), new BigDecimal("0.10"), Posting.DAILY);

		assertThat(tenth.accrued(charge("300.00", "2020-01-05"), LocalDate.parse("2026-01-05")))
			.isEqualByComparingTo("30.00");
	}

	@Test
	void roundsHalfUpToTheFenInOnePlace() {
		// 0.60 × 0.0003 × 56 = 0.01008 → 0.01; 1.00 × 0.0003 × 25 = 0.0075 → 0.01
		assertThat(POLICY.accruedRounded(charge("0.60", "2025-10-05"), LocalDate.parse("2025-11-30")))
			.isEqualByComparingTo("0.01");
		assertThat(POLICY.accruedRounded(charge("1.00", "2025-11-05"), LocalDate.parse("2025-11-30")))
			.isEqualByComparingTo("0.01");
	}

	@Test
	void monthEndPostsOnTheLastDayOnly() {
		assertThat(Posting.MONTH_END.isPostingDay(LocalDate.parse("2026-02-28"))).isTrue();
		assertThat(Posting.MONTH_END.isPostingDay(LocalDate.parse("2028-02-28"))).isFalse();
		assertThat(Posting.MONTH_END.isPostingDay(LocalDate.parse("2028-02-29"))).isTrue();
		assertThat(Posting.DAILY.isPostingDay(LocalDate.parse("2026-02-03"))).isTrue();
	}

}
