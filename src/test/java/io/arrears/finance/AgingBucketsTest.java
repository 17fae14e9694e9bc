package io.arrears.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AgingBucketsTest {

	private final AgingBuckets buckets = AgingBuckets.of(List.of(1, 31, 61, 91, 181, 366));

	@Test
	void labelsEveryBucketInOrderNothingOverdueFirst() {
		assertThat(buckets.labels()).containsExactly("0", "1-30", "31-60", "61-90", "91-180", "181-365", ">365");
	}

	@Test
	void eachDayFallsInTheBucketWhoseBoundsHoldIt() {
		assertThat(buckets.labelOf(0)).isEqualTo("0");
		assertThat(buckets.labelOf(1)).isEqualTo("1-30");
		assertThat(buckets.labelOf(30)).isEqualTo("1-30");
		assertThat(buckets.labelOf(31)).isEqualTo("31-60");
		assertThat(buckets.labelOf(90)).isEqualTo("61-90");
		assertThat(buckets.labelOf(365)).isEqualTo("181-365");
		assertThat(buckets.labelOf(366)).isEqualTo(">365");
	}

	@Test
	void theAgingGroupsEachEstateByStageAndBucketAndTotalsToTheFen() {
		Aging aging = new Aging(buckets);
		aging.add("E01", "CURRENT", 0, new BigDecimal("0.00"), new BigDecimal("1.20"), new BigDecimal("0.00"),
				new BigDecimal("0.00"));
		aging.add("E01", "REMINDER_1", 40, new BigDecimal("600.00"), new BigDecimal("6.93"), new BigDecimal("6.93"),
				new BigDecimal("0.00"));
		aging.add("E01", "REMINDER_1", 31, new BigDecimal("300.50"), new BigDecimal("0.00"), new BigDecimal("0.00"),
				new BigDecimal("300.50"));
		aging.add("E02", "LEGAL", 400, new BigDecimal("9.99"), new BigDecimal("0.00"), new BigDecimal("0.00"),
				new BigDecimal("0.00"));
		Map<String, String> lines = aging.report("E01", LocalDate.parse("2026-02-28")).lines();
		assertThat(lines)
			.containsEntry("stage REMINDER_1",
					"households=2 principal=900.50 late-fee-posted=6.93 late-fee-outstanding=6.93 prior-year=300.50")
			.containsEntry("days_overdue 31-60",
					"households=2 principal=900.50 late-fee-posted=6.93 late-fee-outstanding=6.93 prior-year=300.50")
			.containsEntry("days_overdue 0",
					"households=1 principal=0.00 late-fee-posted=1.20 late-fee-outstanding=0.00 prior-year=0.00")
			.containsEntry("stage LEGAL",
					"households=0 principal=0.00 late-fee-posted=0.00 late-fee-outstanding=0.00 prior-year=0.00")
			.containsEntry("stage TOTAL",
					"households=3 principal=900.50 late-fee-posted=8.13 late-fee-outstanding=6.93 prior-year=300.50");
	}

	@Test
	void bucketsOutOfOrderOrNotFromDayOneStopTheStart() {
		assertThatThrownBy(() -> AgingBuckets.of(List.of(1, 61, 31))).hasMessageContaining("ascending");
		assertThatThrownBy(() -> AgingBuckets.of(List.of(5, 31))).hasMessageContaining("day 1");
	}

	@Test
	void aShareKeepsItsCountsAndRoundsHalfUpOnlyForShow() {
		Share share = new Share(1, 8);
		assertThat(share.ratio()).isEqualByComparingTo("0.1250");
		assertThat(share.percent()).isEqualTo("12.5%");
		assertThat(new Share(2, 3).percent()).isEqualTo("66.7%");
		assertThat(Share.NONE.percent()).isEqualTo("—");
		assertThat(Share.NONE.ratio()).isNull();
	}

	@Test
	void belowTheTargetMeansStrictlyBelow() {
		BigDecimal tenPercent = new BigDecimal("0.10");
		assertThat(new Share(1, 10).below(tenPercent)).as("exactly 10% is not below 10%").isFalse();
		assertThat(new Share(9, 91).below(tenPercent)).isTrue();
		assertThat(Share.NONE.below(tenPercent)).as("nothing measured is not a success").isFalse();
	}

}
