package io.arrears.dunning;

import java.math.BigDecimal;
import java.util.Objects;

import io.arrears.latefee.LateFeePolicy;

/**
 * Everything a manager may change about how arrears are judged, already validated.
 *
 * @param ladder the stages and the days they start
 * @param minArrears overdue principal below this leaves a household {@code CURRENT}
 * @param lateFee the late-fee rate, cap and posting days
 * @param lateFeeFromStage late fees are posted only from this stage on (the seed: the
 * sixth notice)
 */
public record Rules(Ladder ladder, BigDecimal minArrears, LateFeePolicy lateFee, Stage lateFeeFromStage) {

	public Rules {
		Objects.requireNonNull(ladder, "ladder");
		Objects.requireNonNull(minArrears, "min-arrears");
		Objects.requireNonNull(lateFee, "late-fee");
		Objects.requireNonNull(lateFeeFromStage, "late-fee.from-stage");
		if (minArrears.signum() < 0) {
			throw new IllegalArgumentException("arrears.min-arrears must not be negative: " + minArrears);
		}
		if (lateFeeFromStage == Stage.CURRENT) {
			throw new IllegalArgumentException("arrears.late-fee.from-stage cannot be CURRENT");
		}
	}
}
