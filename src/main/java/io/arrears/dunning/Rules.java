package io.arrears.dunning;

import java.math.BigDecimal;
import java.util.Objects;

import io.arrears.latefee.LateFeePolicy;

/**
 * Everything a manager may change about how arrears are judged, already validated.
 *
 * @param ladder the stages and the days they start
 * @param minArrears overdue principal below this leaves a household {@code CURRENT}
 * @param lateFee the late-fee rate, cap and posting days (from which rung they post is on
 * the ladder)
 */
public record Rules(Ladder ladder, BigDecimal minArrears, LateFeePolicy lateFee) {

	public Rules {
		Objects.requireNonNull(ladder, "ladder");
		Objects.requireNonNull(minArrears, "min-arrears");
		Objects.requireNonNull(lateFee, "late-fee");
		if (minArrears.signum() < 0) {
			throw new IllegalArgumentException("arrears.min-arrears must not be negative: " + minArrears);
		}
	}
}
