package io.arrears.latefee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.arrears.ledger.ChargeBalance;

/**
 * How a late fee (滞纳金, the contract's 违约金) is computed: a daily rate on each charge's
 * unpaid principal, from the day after its due date, capped at a share of the charge
 * (SPEC §4). Plain Java: the as-of date is a parameter.
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
	 * A run of days on which a charge's unpaid principal stayed the same, and the fee it
	 * accrued: {@code days × outstanding × rate}, exact.
	 */
	public record Span(LocalDate from, LocalDate to, long days, BigDecimal outstanding, BigDecimal fee) {
	}

	/**
	 * {@code accrued(c, D)}: the exact, unrounded fee on a charge for each day from the
	 * day after its due date through {@code asOf}, on that day's closing principal,
	 * capped.
	 */
	public BigDecimal accrued(ChargeBalance charge, LocalDate asOf) {
		BigDecimal fee = BigDecimal.ZERO;
		for (Span span : spans(charge, asOf)) {
			fee = fee.add(span.fee());
		}
		return fee.min(cap(charge));
	}

	/**
	 * The days from the day after the due date through {@code asOf}, in runs of constant
	 * unpaid principal; {@code outstanding(c, t)} changes only on allocation days, so the
	 * fee is summed run by run rather than day by day. Runs with nothing owed are left
	 * out.
	 */
	public List<Span> spans(ChargeBalance charge, LocalDate asOf) {
		LocalDate first = charge.due().plusDays(1);
		List<Span> spans = new ArrayList<>();
		if (asOf.isBefore(first)) {
			return spans;
		}
		BigDecimal current = charge.outstandingOn(first);
		LocalDate start = first;
		for (Map.Entry<LocalDate, BigDecimal> change : charge.outstandingFrom().tailMap(first, false).entrySet()) {
			if (change.getKey().isAfter(asOf)) {
				break;
			}
			add(spans, start, change.getKey().minusDays(1), current);
			current = change.getValue();
			start = change.getKey();
		}
		add(spans, start, asOf, current);
		return spans;
	}

	private void add(List<Span> spans, LocalDate from, LocalDate to, BigDecimal outstanding) {
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days > 0 && outstanding.signum() > 0) {
			spans.add(new Span(from, to, days, outstanding,
					outstanding.multiply(BigDecimal.valueOf(days)).multiply(dailyRate)));
		}
	}

	/**
	 * The accrued fee as it is posted and shown: rounded half up to the fen, in this one
	 * place.
	 */
	public BigDecimal accruedRounded(ChargeBalance charge, LocalDate asOf) {
		return accrued(charge, asOf).setScale(2, RoundingMode.HALF_UP);
	}

	/** The most a charge's late fee may reach. */
	public BigDecimal cap(ChargeBalance charge) {
		return charge.amount().multiply(capRatio);
	}

}
