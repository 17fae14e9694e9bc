package io.arrears.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One overdue charge as a notice lists it.
 *
 * @param feeItem 物业费, 停车费 …
 * @param period the month the charge is for
 * @param dueDate the charge's due date
 * @param outstanding principal still unpaid, in yuan, at most two decimals
 * @param lateFee 违约金 accrued on this charge to the notice's as-of date, rounded to the
 * fen
 */
public record ChargeLine(String feeItem, YearMonth period, LocalDate dueDate, BigDecimal outstanding,
		BigDecimal lateFee) {
	public ChargeLine {
		Objects.requireNonNull(feeItem, "feeItem");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(dueDate, "dueDate");
		outstanding = Money.exact(outstanding, "outstanding");
		lateFee = Money.exact(lateFee, "lateFee");
	}
}
