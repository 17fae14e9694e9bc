package io.arrears.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RecoveryTest {

	@Test
	void aSixthRecoveredIsSixteenPointSevenPercentAndABarOfThirtyThree() {
		Recovery recovery = new Recovery("E01", "锦绣花园", new BigDecimal("3600.00"), new BigDecimal("600.00"));

		assertThat(recovery.rate()).isEqualByComparingTo("0.1667");
		assertThat(recovery.percent()).isEqualTo("16.7%");
		assertThat(recovery.bar()).isEqualTo(33);
	}

	@Test
	void moreThanWasOverdueFillsTheBarButNotBeyondIt() {
		Recovery recovery = new Recovery("E02", "x", new BigDecimal("100.00"), new BigDecimal("250.00"));

		assertThat(recovery.percent()).isEqualTo("250.0%");
		assertThat(recovery.bar()).isEqualTo(Recovery.FULL_BAR);
	}

	@Test
	void nothingOverdueHasNoRate() {
		Recovery recovery = new Recovery("E03", "x", new BigDecimal("0.00"), new BigDecimal("300.00"));

		assertThat(recovery.rate()).isNull();
		assertThat(recovery.percent()).isEqualTo("—");
		assertThat(recovery.bar()).isZero();
	}

}
