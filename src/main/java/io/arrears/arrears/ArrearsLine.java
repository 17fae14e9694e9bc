package io.arrears.arrears;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One overdue charge as a notice states it.
 *
 * @param lateFee the fee accrued on it to the as-of date, rounded to the fen, posted or not
 */
public record ArrearsLine(String chargeReference, String feeItem, YearMonth period, LocalDate due,
		BigDecimal amount, BigDecimal outstanding, BigDecimal lateFee) {
}
