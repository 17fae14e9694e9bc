package io.arrears.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A charge after allocation: its unpaid principal at the end of each day from its due
 * date on, kept as the days on which it changed.
 */
public record ChargeBalance(String reference, String feeItem, YearMonth period, LocalDate due, BigDecimal amount,
		NavigableMap<LocalDate, BigDecimal> outstandingFrom) {

	/**
	 * {@code outstanding(c, t)} of SPEC §2: unpaid principal at the end of day {@code t}.
	 */
	public BigDecimal outstandingOn(LocalDate day) {
		Map.Entry<LocalDate, BigDecimal> entry = outstandingFrom.floorEntry(day);
		return entry == null ? BigDecimal.ZERO : entry.getValue();
	}

	/** Unpaid principal at the end of the allocation's as-of date. */
	public BigDecimal outstanding() {
		return outstandingFrom.isEmpty() ? BigDecimal.ZERO : outstandingFrom.lastEntry().getValue();
	}
}
