package io.arrears.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One charge as a notice states it: an overdue charge, or a paid one whose late fee is
 * still owed.
 *
 * @param outstanding its unpaid principal
 * @param lateFee the late fee owed on it that the notice states
 */
public record ArrearsLine(String chargeReference, String feeItem, YearMonth period, LocalDate due, BigDecimal amount,
		BigDecimal outstanding, BigDecimal lateFee) {
}
