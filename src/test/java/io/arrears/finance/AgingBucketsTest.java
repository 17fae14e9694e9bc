package io.arrears.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

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
	void theSqlCaseChecksTheHighestBoundFirst() {
		assertThat(buckets.sqlCase("d")).isEqualTo("CASE WHEN d < 1 THEN '0' WHEN d >= 366 THEN '>365'"
				+ " WHEN d >= 181 THEN '181-365' WHEN d >= 91 THEN '91-180' WHEN d >= 61 THEN '61-90'"
				+ " WHEN d >= 31 THEN '31-60' WHEN d >= 1 THEN '1-30' END");
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
