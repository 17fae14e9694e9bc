package io.arrears.latefee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

import io.arrears.ledger.ChargeBalance;

/**
 * How a late fee (滞纳金, the contract's 违约金) is computed: a daily rate on each charge's
 * unpaid principal, from the day after its due date, capped at a share of the charge (SPEC §4).
 * Plain Java: the as-of date is a parameter.
 *
 * @param dailyRate share of the unpaid principal charged per day, 0.0003 = 万分之三
 * @param capRatio the fee never exceeds this multiple of the charge's amount
 * @param posting which days the accrued fee is posted to the ledger
 */
public record LateFeePolicy(BigDecimal dailyRate, BigDecimal capRatio, Posting posting) {

	public LateFeePolicy {
		Objects.requireNonNull(dailyRate, "daily-rate");
		Objects.requireNonNull(capRatio, "cap-ratio");
		Objects.requireNonNull(posting, "posting");
		if (dailyRate.signum() < 0) {
			throw new IllegalArgumentException("arrears.late-fee.daily-rate must not be negative: " + dailyRate);
		}
		if (capRatio.signum() < 0) {
			throw new IllegalArgumentException("arrears.late-fee.cap-ratio must not be negative: " + capRatio);
		}
	}

	/**
	 * {@code accrued(c, D)}: the exact, unrounded fee on a charge for each day from the day after
	 * its due date through {@code asOf}, on that day's closing principal, capped.
	 */
	public BigDecimal accrued(ChargeBalance charge, LocalDate asOf) {
		LocalDate first = charge.due().plusDays(1);
		if (asOf.isBefore(first)) {
			return BigDecimal.ZERO;
		}
		// outstanding(c, t) is a step function that changes only on allocation days: sum it
		// segment by segment rather than day by day.
		BigDecimal principalDays = BigDecimal.ZERO;
		BigDecimal current = charge.outstandingOn(first);
		LocalDate segmentStart = first;
		for (Map.Entry<LocalDate, BigDecimal> change : charge.outstandingFrom().tailMap(first, false).entrySet()) {
			if (change.getKey().isAfter(asOf)) {
				break;
			}
			principalDays = principalDays.add(current.multiply(days(segmentStart, change.getKey())));
			current = change.getValue();
			segmentStart = change.getKey();
		}
		principalDays = principalDays.add(current.multiply(days(segmentStart, asOf.plusDays(1))));
		BigDecimal fee = principalDays.multiply(dailyRate);
		return fee.min(cap(charge));
	}

	/** The accrued fee as it is posted and shown: rounded half up to the fen, in this one place. */
	public BigDecimal accruedRounded(ChargeBalance charge, LocalDate asOf) {
		return accrued(charge, asOf).setScale(2, RoundingMode.HALF_UP);
	}

	/** The most a charge's late fee may reach. */
	public BigDecimal cap(ChargeBalance charge) {
		return charge.amount().multiply(capRatio);
	}

	private static BigDecimal days(LocalDate fromInclusive, LocalDate toExclusive) {
		return BigDecimal.valueOf(ChronoUnit.DAYS.between(fromInclusive, toExclusive));
	}
}
