package io.arrears.estate;

import java.math.BigDecimal;

import io.arrears.dunning.Assessment;
import io.arrears.dunning.Stage;

/**
 * A household's arrears as a festival card states them: the overdue principal, or nothing
 * when the household is {@code CURRENT} (a remainder below the minimum is not worth a
 * reminder on a card).
 */
record HouseholdArrears(String householdCode, Stage stage, BigDecimal arrears) {

	static HouseholdArrears of(Assessment assessment) {
		BigDecimal arrears = assessment.stage() == Stage.CURRENT ? BigDecimal.ZERO.setScale(2)
				: assessment.principalOverdue();
		return new HouseholdArrears(assessment.householdCode(), assessment.stage(), arrears);
	}
}
